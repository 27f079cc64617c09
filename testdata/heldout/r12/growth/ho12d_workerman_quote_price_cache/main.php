<?php

declare(strict_types=1);

require __DIR__ . '/src/Cache/ArrayCache.php';
require __DIR__ . '/src/Pricing/PriceRepository.php';
require __DIR__ . '/src/Pricing/CachedPriceRepository.php';
require __DIR__ . '/src/Http/QuoteController.php';
require __DIR__ . '/src/Workerman/Worker.php';

use App\Cache\ArrayCache;
use App\Http\QuoteController;
use App\Pricing\CachedPriceRepository;
use App\Pricing\PriceRepository;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Worker;

// start.php: php start.php start
$cache = new ArrayCache();
$controller = new QuoteController(new CachedPriceRepository(new PriceRepository(), $cache));

$http = new Worker('http://0.0.0.0:8787');
$http->name = 'quote-api';
$http->count = 4;
$http->onMessage = static function (TcpConnection $connection, Request $request) use ($controller): void {
    $connection->send($controller($request));
};

Worker::runAll();
