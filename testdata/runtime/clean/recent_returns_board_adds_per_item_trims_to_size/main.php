<?php
// A library's returns desk feed under ReactPHP. Each request carries
// the items a patron returns; the board adds each one and then trims
// the oldest entries while it holds more than its size: it stays at its
// size.

require __DIR__ . '/vendor/react/http/HttpServer.php';
require __DIR__ . '/src/Returns.php';

$server = new React\Http\HttpServer(new App\ReturnsController(new App\ReturnsBoard(30)));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->accept(['items' => [
        ['barcode' => sprintf('31000%06d', 2 * $i), 'title' => str_repeat('A Treatise on Tides ', 20)],
        ['barcode' => sprintf('31000%06d', 2 * $i + 1), 'title' => str_repeat('Field Guide to Mosses ', 20)],
    ]]);
}
