<?php
declare(strict_types=1);

// ReactPHP HTTP service answering "when will my food arrive?" for the
// customer app. One process, one event loop, requests handled in ticks.
require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Eta/EtaRequest.php';
require __DIR__ . '/src/Eta/Eta.php';
require __DIR__ . '/src/Eta/PrepTimeTable.php';
require __DIR__ . '/src/Eta/RoutingClient.php';
require __DIR__ . '/src/Eta/LogsWithRequestContext.php';
require __DIR__ . '/src/Eta/EtaCalculator.php';
require __DIR__ . '/src/Http/EtaController.php';

use App\Eta\EtaCalculator;
use App\Eta\PrepTimeTable;
use App\Eta\RoutingClient;
use App\Http\EtaController;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Monolog\Registry;
use React\EventLoop\Loop;
use React\Http\HttpServer;
use React\Http\Message\ServerRequest;

Registry::addLogger(new Logger('eta', [new StreamHandler('php://stderr')]), 'eta');

$restaurants = [];
for ($r = 0; $r < 30; $r++) {
    $restaurants['rst_' . (500 + $r)] = [
        'lat' => 52.35 + ($r % 6) / 150,
        'lng' => 4.86 + intdiv($r, 6) / 120,
        'prep' => [18 + $r % 7, 22 + $r % 5, 25 + $r % 9, 20 + $r % 4],
    ];
}

$controller = new EtaController(new EtaCalculator(new PrepTimeTable($restaurants), new RoutingClient(6.0, 16.0), 14.0));
$server = new HttpServer($controller);

$streets = ['Kinkerstraat', 'Van Woustraat', 'Czaar Peterstraat', 'Bos en Lommerweg', 'Buikslotermeerplein'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'order_id' => 'ord_' . (9400000 + $i),
        'restaurant_id' => 'rst_' . (500 + $i % 30),
        'dropoff' => [
            'lat' => 52.30 + (($i * 37) % 160) / 1000,
            'lng' => 4.78 + (($i * 53) % 220) / 1000,
            'label' => sprintf('%s %d-%s', $streets[$i % 5], 1 + ($i * 7) % 300, ['H', '1', '2', '3'][$i % 4]),
        ],
        'placed_at' => 1718300000 + $i * 9,
        'basket' => array_map(static fn (int $k) => ['sku' => 'sku_' . (($i + $k) * 31 % 4000), 'qty' => 1 + $k % 2], range(0, $i % 5)),
    ]);
    $request = new ServerRequest('POST', '/v1/eta', ['x-trace-id' => sprintf('%016x', crc32("eta$i") * 2654435761)], $body);

    Loop::futureTick(static function () use ($server, $request): void {
        $server->emit($request);
    });
    Loop::run();
}
