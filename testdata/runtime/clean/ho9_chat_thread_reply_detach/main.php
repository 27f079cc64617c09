<?php
// A Swoole HTTP server whose request callback attaches the posted reply to a thread root and detaches it once the response is sent.

require __DIR__ . '/vendor/swoole.php';
require __DIR__ . '/src/Message.php';
require __DIR__ . '/src/ThreadController.php';

use App\Chat\ThreadController;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 9501);
$controller = new ThreadController();
$server->on('request', [$controller, 'reply']);
$server->start();
