<?php

require __DIR__ . '/vendor/symfony/messenger/Envelope.php';
require __DIR__ . '/vendor/symfony/messenger/Middleware/Stack.php';
require __DIR__ . '/vendor/symfony/messenger/Exception/UnrecoverableMessageHandlingException.php';
require __DIR__ . '/vendor/symfony/messenger/MessageBus.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Context/ProductionContext.php';
require __DIR__ . '/src/Context/ProductionContextStack.php';
require __DIR__ . '/src/Middleware/ProductionContextMiddleware.php';
require __DIR__ . '/src/Message/ReleaseWorkOrder.php';
require __DIR__ . '/src/Inventory/MaterialLedger.php';
require __DIR__ . '/src/MessageHandler/ReleaseWorkOrderHandler.php';

use App\Context\ProductionContextStack;
use App\Inventory\MaterialLedger;
use App\Message\ReleaseWorkOrder;
use App\MessageHandler\ReleaseWorkOrderHandler;
use App\Middleware\ProductionContextMiddleware;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

final class ErpReleaseFeed implements ReceiverInterface
{
    private int $seq = 0;

    public function get(): iterable
    {
        $i = $this->seq++;
        $materials = ['STEEL-S355-8MM', 'BOLT-M8x30-8.8', 'GASKET-NBR-70', 'BRG-6204-2RS', 'PAINT-RAL7035', 'LABEL-CE-50'];
        $components = [];
        foreach ($materials as $k => $material) {
            $components[] = [
                'material' => $material,
                'qty' => 0.5 + $k + ($i % 3 === 0 && $k === 3 ? 40 : 0),
                'uom' => $k === 0 ? 'KG' : 'PC',
                'storage' => sprintf('SL-%02d-%03d', 1 + $k, ($i * 7 + $k) % 400),
            ];
        }

        yield new ReleaseWorkOrder(
            sprintf('1000%06d', 420000 + $i),
            sprintf('ERP/PP01/%08d', 5500000 + $i * 3),
            'DE01',
            ['ASSY-1', 'ASSY-2', 'PAINT'][$i % 3],
            5 + $i % 10,
            $components,
        );
    }
}

$contexts = new ProductionContextStack();
$ledger = new MaterialLedger([
    'STEEL-S355-8MM' => 500.0,
    'BOLT-M8x30-8.8' => 200.0,
    'GASKET-NBR-70' => 300.0,
    'BRG-6204-2RS' => 80.0,
    'PAINT-RAL7035' => 120.0,
    'LABEL-CE-50' => 1000.0,
]);
$bus = new MessageBus([
    new ProductionContextMiddleware($contexts),
    new HandleMessageMiddleware([ReleaseWorkOrder::class => new ReleaseWorkOrderHandler($ledger, $contexts)]),
]);
$worker = new Worker(['erp_release' => new ErpReleaseFeed()], $bus);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->run();
}
