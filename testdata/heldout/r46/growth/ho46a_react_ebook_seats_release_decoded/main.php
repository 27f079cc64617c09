<?php

declare(strict_types=1);

require __DIR__ . '/vendor/react/EventEmitter.php';
require __DIR__ . '/vendor/react/Http.php';
require __DIR__ . '/src/Licensing/LicenceLease.php';
require __DIR__ . '/src/Licensing/SeatRegistry.php';
require __DIR__ . '/src/Http/ReadEbookController.php';

use App\Http\ReadEbookController;
use App\Licensing\SeatRegistry;
use React\Http\HttpServer;
use React\Http\Message\ServerRequest;

$catalogue = [];
for ($t = 0; $t < 12; $t++) {
    $catalogue['97800000' . str_pad((string) $t, 5, '0', STR_PAD_LEFT)] = 1000000; // metered licence: effectively unlimited seats
}
$isbns = array_keys($catalogue);

$server = new HttpServer(new ReadEbookController(new SeatRegistry($catalogue)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->accept(new ServerRequest('GET', '/ebooks/read', [
        'isbn' => $isbns[$i % 12],
        'patron' => 'P' . (20000 + $i % 700),
    ]));
}
