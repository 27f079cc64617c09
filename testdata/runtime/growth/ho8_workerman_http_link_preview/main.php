<?php
// Workerman HTTP worker serving link previews for pasted URLs, remembering previews fetched by this worker process.

declare(strict_types=1);

use App\Preview\PreviewService;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\{Request, Response};
use Workerman\Worker;

require __DIR__ . '/vendor/workerman/workerman.php';
require __DIR__ . '/src/PreviewService.php';

$worker = new Worker('http://0.0.0.0:8787');
$worker->name = 'link-preview';
$worker->count = 8;

$previews = null;
$worker->onWorkerStart = function () use (&$previews): void {
    $previews = new PreviewService();
};

$worker->onMessage = function (TcpConnection $connection, Request $request) use (&$previews): void {
    $url = (string) $request->get('url');
    if (!filter_var($url, FILTER_VALIDATE_URL)) {
        $connection->send(new Response(422, [], 'invalid url'));
        return;
    }
    $preview = $previews->preview($url);
    $connection->send(new Response(200, ['Content-Type' => 'application/json'], json_encode($preview)));
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
Worker::$incoming = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $url = urlencode("https://news.example.net/2024/story-{$i}?src=chat");
        yield ['192.0.2.' . ($i % 200) . ':' . (41000 + $i), ["GET /preview?url={$url} HTTP/1.1\r\nHost: preview.local\r\n\r\n"]];
    }
})();

Worker::runAll();
