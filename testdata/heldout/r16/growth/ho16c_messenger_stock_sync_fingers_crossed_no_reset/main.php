<?php
// Modelled on symfony/symfony#41163 "[Messenger] Add support for reseting container services between 2 messages" (reset_on_message; Monolog FingersCrossedHandler buffer).

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/Symfony.php';
require __DIR__ . '/vendor/monolog/Monolog.php';
require __DIR__ . '/src/MessageHandler/SyncWarehouseStockHandler.php';

use App\Message\SyncWarehouseStock;
use App\MessageHandler\SyncWarehouseStockHandler;
use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\Messenger\Worker;
use Symfony\Component\Messenger\WorkerMessageHandledEvent;

$services = require __DIR__ . '/config/services.php';
$messenger = require __DIR__ . '/config/packages/messenger.php';

$container = new Container($services['factories']);
$resetter = new ServicesResetter($container, $services['reset']);

$receiver = (static function (int $n): iterable {
    for ($i = 0; $i < $n; $i++) {
        yield new SyncWarehouseStock(
            warehouse: 'WH-' . ($i % 4),
            quantities: ["SKU-{$i}-RED" => $i % 9, "SKU-{$i}-BLUE" => 12, "SKU-{$i}-GREEN" => 3],
            correlationId: sprintf('%08x-%04x', $i * 2654435761 % 0xFFFFFFFF, $i),
        );
    }
})((int) (getenv('PHPLEAK_N') ?: 100));

$worker = new Worker($receiver, [
    SyncWarehouseStock::class => $container->get(SyncWarehouseStockHandler::class),
], 'stock');

if ($messenger['transports']['stock']['reset_on_message']) {
    $worker->onMessageHandled(static fn (WorkerMessageHandledEvent $event) => $resetter->reset());
}

// bin/console messenger:consume stock
$worker->run();
