<?php

require __DIR__ . '/vendor/amphp/revolt.php';
require __DIR__ . '/vendor/amphp/http-server.php';
require __DIR__ . '/src/Preview/PreviewContext.php';
require __DIR__ . '/src/Preview/RecentRenders.php';
require __DIR__ . '/src/Preview/PreviewRenderer.php';
require __DIR__ . '/src/Http/PreviewHandler.php';
require __DIR__ . '/src/Container.php';

use Amp\Http\Server\Request;
use Amp\Http\Server\SocketHttpServer;
use App\Container;

$container = new Container(require __DIR__ . '/config/translation.php');

$server = new SocketHttpServer();
$server->start($container->previewHandler());

$server->accept((static function (): Generator {
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $id = sprintf('%05d', $i);
        yield new Request('POST', '/preview', ['preview' => "pv-$id", 'locale' => ['fr', 'de', 'it'][$i % 3]], json_encode([
            'segments' => [
                'inbox.summary' => str_repeat("{user} sent you {count} new messages on {date}; batch $id. ", 6),
                'inbox.empty' => str_repeat("No messages for {user} since {date} (preview $id). ", 6),
            ],
            'values' => ['user' => "user$id", 'count' => $i, 'date' => '2024-05-01'],
        ]));
    }
})());
