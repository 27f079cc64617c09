<?php

declare(strict_types=1);

require __DIR__ . '/vendor/revolt/EventLoop.php';
require __DIR__ . '/vendor/amphp/HttpServer.php';
require __DIR__ . '/src/Search/SearchContext.php';
require __DIR__ . '/src/Search/SettleHooks.php';
require __DIR__ . '/src/Search/CatalogueIndex.php';
require __DIR__ . '/src/Http/CatalogueSearchHandler.php';

use Amp\Http\Server\Request;
use Amp\Http\Server\SocketHttpServer;
use App\Http\CatalogueSearchHandler;
use App\Search\CatalogueIndex;
use App\Search\SearchAudit;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queries = ['left hand of darkness', 'beloved', 'cosmos', 'kindred', 'middlemarch', 'earthsea'];
$formats = ['any', 'book', 'ebook', 'audio'];

$server = new SocketHttpServer(static function (int $i) use ($n, $queries, $formats): ?Request {
    return $i < $n ? new Request('GET', '/catalogue', ['q' => $queries[$i % 6] . ' ' . $i, 'format' => $formats[$i % 4]]) : null;
});
$server->start(new CatalogueSearchHandler(new CatalogueIndex(), new SearchAudit()));
