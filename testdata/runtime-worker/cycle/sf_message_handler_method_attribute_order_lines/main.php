<?php
// Symfony Messenger worker: #[AsMessageHandler] on a method (not the class); per message the handler builds an order whose
// lines point back to it and drops it, leaving an order <-> lines garbage cycle per message.

use App\Kernel;
use App\Message\RecalculateOrderTotals;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Messenger\Transport\InMemory\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Message/RecalculateOrderTotals.php';
require_once __DIR__.'/src/Sales/Order.php';
require_once __DIR__.'/src/Sales/OrderLine.php';
require_once __DIR__.'/src/MessageHandler/OrderTotalsHandler.php';

$kernel = new Kernel('prod', false);
$kernel->boot();
$container = $kernel->getContainer();

$transport = new InMemoryTransport();
$worker = new Worker(['async' => $transport], $container->get(MessageBusInterface::class), $container->get('event_dispatcher'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lines = [];
    foreach (['CHAIR', 'DESK', 'LAMP'] as $k => $product) {
        $lines[] = ['sku' => "{$product}-{$i}", 'label' => "{$product} for order {$i}: ".str_repeat('oak veneer, ', 12), 'qty' => 1 + $k, 'unit_price' => 4900 + $k * 1000];
    }
    $transport->send(new Envelope(new RecalculateOrderTotals(80000 + $i, $lines)));
    $worker->run();
}
