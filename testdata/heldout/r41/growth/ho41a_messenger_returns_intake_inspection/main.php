<?php

require __DIR__ . '/vendor/symfony-lite/EventDispatcher.php';
require __DIR__ . '/vendor/symfony-lite/Messenger.php';
require __DIR__ . '/src/Returns/ReturnParcelReceived.php';
require __DIR__ . '/src/Returns/Disposition.php';
require __DIR__ . '/src/Returns/ReturnAuthorization.php';
require __DIR__ . '/src/Returns/InspectionCompleted.php';
require __DIR__ . '/src/Returns/InspectionStation.php';
require __DIR__ . '/src/MessageHandler/ReturnParcelReceivedHandler.php';

use App\MessageHandler\ReturnParcelReceivedHandler;
use App\Returns\InspectionStation;
use App\Returns\ReturnParcelReceived;
use SymfonyLite\EventDispatcher\EventDispatcher;
use SymfonyLite\Messenger\InMemoryTransport;
use SymfonyLite\Messenger\Worker;

$dispatcher = new EventDispatcher();
$handler = new ReturnParcelReceivedHandler($dispatcher, new InspectionStation($dispatcher));

$docks = ['RET-1', 'RET-2', 'RET-3'];
$transport = new InMemoryTransport((int) (getenv('PHPLEAK_N') ?: 100), fn (int $i) => new ReturnParcelReceived(
    sprintf('RMA-%07d', 2_400_000 + $i),
    sprintf('JJD%012d', 149_000_000 + $i * 13),
    $docks[$i % 3],
    [['sku' => 'SKU-' . (9100 + $i % 40), 'qty' => 1 + $i % 2, 'reason' => 'wrong size']],
    'Customer note #' . $i . ': box was opened, please check accessories are complete.',
));

(new Worker($transport, [ReturnParcelReceived::class => $handler]))->run();
