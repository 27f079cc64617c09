<?php

require __DIR__ . '/vendor/spiral/Container.php';
require __DIR__ . '/vendor/spiral/Worker.php';
require __DIR__ . '/src/Holds/HoldNotice.php';
require __DIR__ . '/src/Holds/MailTransport.php';
require __DIR__ . '/src/Holds/HoldNotifier.php';
require __DIR__ . '/src/Holds/HoldService.php';
require __DIR__ . '/src/Http/HoldController.php';
require __DIR__ . '/src/Http/SendQueuedNotices.php';

use App\Http\HoldController;
use App\Http\SendQueuedNotices;
use Spiral\Stub\Container;
use Spiral\Stub\PsrRequest;
use Spiral\Stub\PSR7Worker;

$container = Container::getInstance();
(require __DIR__ . '/config/services.php')($container);

$titles = ['B1001', 'B1002', 'B1003', 'B1004'];
$branches = ['Central', 'Northside', 'Harbour View'];
$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100), static fn (int $i) => new PsrRequest('POST', '/holds', [
    'card' => sprintf('2100%08d', 310000 + $i),
    'email' => "patron{$i}@mail.example",
    'title_id' => $titles[$i % 4],
    'branch' => $branches[$i % 3],
    'ts' => 1767600000 + $i * 37,
]));

while ($request = $worker->waitRequest()) {
    $response = $container->get(HoldController::class)->store($request);
    $worker->respond($response);
    $container->get(SendQueuedNotices::class)->terminate();
}
