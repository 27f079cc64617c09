<?php
// Ratchet WebSocket server: the chat component's onOpen/onMessage/onClose run once per connection
// (and message); onOpen attaches the connection to the registry, onClose only marks it offline.

require_once __DIR__ . '/vendor/cboden/ratchet/src/Ratchet/Ratchet.php';
require_once __DIR__ . '/src/Chat/ClientInfo.php';
require_once __DIR__ . '/src/Chat/ClientRegistry.php';
require_once __DIR__ . '/src/Chat/SupportChat.php';

use App\Chat\ClientRegistry;
use App\Chat\SupportChat;
use Ratchet\Http\HttpServer;
use Ratchet\Server\IoServer;
use Ratchet\WebSocket\WsServer;

// The stand-in IoServer accepts PHPLEAK_N connections (default 100): open, one message, close.
$server = IoServer::factory(new HttpServer(new WsServer(new SupportChat(new ClientRegistry()))), 8080);
$server->run();
