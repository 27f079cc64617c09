<?php
// Modelled on symfony/symfony#34156 (DoctrineClearEntityManagerWorkerSubscriber, wired by doctrine/DoctrineBundle#1043): the app clears its entity managers after each consumed message.

declare(strict_types=1);

require __DIR__ . '/vendor/doctrine/orm.php';
require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/Entity/Product.php';
require __DIR__ . '/src/Message/StockLevelChanged.php';
require __DIR__ . '/src/MessageHandler/StockLevelChangedHandler.php';
require __DIR__ . '/src/EventSubscriber/ClearEntityManagersSubscriber.php';

use App\Message\StockLevelChanged;
use Symfony\Component\Messenger\Worker;

$services = (require __DIR__ . '/config/bootstrap.php')();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$transport = new \SplQueue();
$worker = new Worker($transport, $services['handlers'], $services['dispatcher']);

// The ERP pushes one stock update per product; the consumer runs for hours.
for ($i = 0; $i < $n; $i++) {
    $transport->enqueue(new StockLevelChanged(100_000 + $i, $i % 2 === 0 ? 'AMS-1' : 'WAW-2', 3 + $i % 17, "erp-{$i}"));
    $worker->run();
}
