<?php
// Ratchet hub for a collaborative editor: editors join a document, watch its patches and send inserts.

declare(strict_types=1);

use Docs\Realtime\EditorHub;
use Ratchet\Server\IoServer;
use React\Socket\SocketServer;

require __DIR__ . '/vendor/cboden/ratchet.php';
require __DIR__ . '/src/Document.php';
require __DIR__ . '/src/EditorHub.php';

$server = IoServer::factory(new EditorHub(), 8765);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
SocketServer::$traffic = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $doc = 'spec-' . ($i % 5);
        $editor = ['id' => $i, 'name' => "Editor {$i}", 'color' => sprintf('#%06x', $i * 7919 % 0xffffff), 'cursor' => ['line' => $i % 40, 'col' => 0]];
        yield ['172.16.0.' . ($i % 200) . ':' . (45000 + $i), [
            json_encode(['type' => 'join', 'doc' => $doc, 'editor' => $editor]),
            json_encode(['type' => 'insert', 'doc' => $doc, 'offset' => $i % 64, 'text' => "edit {$i} "]),
        ]];
    }
})();

$server->run();
