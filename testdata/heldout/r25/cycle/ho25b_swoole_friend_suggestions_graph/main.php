<?php

require __DIR__ . '/vendor/swoole-stubs/Http.php';
require __DIR__ . '/src/Social/PersonNode.php';
require __DIR__ . '/src/Social/FriendRepository.php';
require __DIR__ . '/src/Social/EgoGraph.php';
require __DIR__ . '/src/Social/SuggestionService.php';

use Social\Graph\FriendRepository;
use Social\Graph\SuggestionService;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 9501);
$server->set(['worker_num' => 4, 'max_request' => 0]);
$suggestions = new SuggestionService(new FriendRepository(), 3);

$server->on('request', function (Request $req, Response $res) use ($suggestions): void {
    $userId = (string) ($req->get['user'] ?? '');
    if (!preg_match('/^u_\d{1,9}$/', $userId)) {
        $res->status(400);
        $res->end('{"error":"bad user"}');
        return;
    }
    $limit = max(1, min(20, (int) ($req->get['limit'] ?? 5)));
    $res->header('Content-Type', 'application/json');
    $res->end(json_encode(['user' => $userId, 'suggestions' => $suggestions->suggest($userId, $limit)]));
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $req = new Request();
    $req->fd = 10 + $i % 64;
    $req->get = ['user' => 'u_' . (1000 + $i * 17), 'limit' => (string) (3 + $i % 5)];
    $req->header = ['x-client' => 'mobile/5.2.' . ($i % 4)];
    $server->handle($req);
}
