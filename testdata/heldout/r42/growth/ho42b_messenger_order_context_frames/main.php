<?php

declare(strict_types=1);

$m = __DIR__ . '/vendor/symfony/messenger';
require $m . '/Stamp/Stamps.php';
require $m . '/Envelope.php';
require $m . '/Middleware/Middleware.php';
require $m . '/MessageBus.php';
require $m . '/Transport/OrdersTransport.php';
require $m . '/Worker.php';
require __DIR__ . '/src/Message/PlaceOrder.php';
require __DIR__ . '/src/Context/OrderFrame.php';
require __DIR__ . '/src/Context/TracksOrderContext.php';
require __DIR__ . '/src/Context/OrderContext.php';
require __DIR__ . '/src/Middleware/OrderContextMiddleware.php';
require __DIR__ . '/src/Handler/PlaceOrderHandler.php';

use App\Handler\PlaceOrderHandler;
use App\Message\PlaceOrder;
use App\Middleware\OrderContextMiddleware;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Transport\BrokerReceiver;
use Symfony\Component\Messenger\Worker;

$clock = static fn (): DateTimeImmutable => new DateTimeImmutable('2024-06-07 11:30:00');

$bus = new MessageBus([
    new OrderContextMiddleware($clock),
    new HandleMessageMiddleware([PlaceOrder::class => [new PlaceOrderHandler()]]),
]);

$streets = ['Valencia St', 'Mission St', 'Guerrero St', '24th St', 'Dolores St'];
$skus = ['TACO-ALP', 'TACO-CARN', 'BURR-VEG', 'QUES-CHK', 'CHIPS-GUAC', 'HORCHATA'];
$mods = ['no cilantro', 'extra salsa verde', 'corn tortilla', 'add cheese'];

$receiver = new BrokerReceiver((int) (getenv('PHPLEAK_N') ?: 100), static function (int $n) use ($streets, $skus, $mods): PlaceOrder {
    $items = [];
    for ($k = 0; $k < 2 + $n % 3; $k++) {
        $items[] = ['sku' => $skus[($n + $k) % 6], 'qty' => 1 + $k % 2, 'mods' => array_slice($mods, ($n + $k) % 4, $k % 2)];
    }

    return new PlaceOrder(
        sprintf('ord_%08x', 0x5e0000 + $n * 7),
        'rest-' . (100 + $n % 12),
        ['Jamie', 'Priya', 'Tom', 'Lucía', 'Wen'][$n % 5] . ' ' . chr(65 + $n % 26) . '.',
        sprintf('%d %s, Apt %d, San Francisco, CA 941%02d', 100 + $n % 900, $streets[$n % 5], 1 + $n % 30, 10 + $n % 20),
        $items,
        $n % 2 === 0 ? new DateTimeImmutable(sprintf('2024-06-07 %02d:%02d:00', 17 + $n % 4, ($n * 15) % 60)) : null,
    );
});

(new Worker($receiver, $bus))->run();
