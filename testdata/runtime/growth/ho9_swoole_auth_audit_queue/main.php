<?php
// A Swoole login endpoint enqueues an attempt entry and an outcome entry per request on an SplQueue audit trail capped by one dequeue per call.

require __DIR__ . '/stubs/swoole.php';
require __DIR__ . '/src/AuthAuditTrail.php';
require __DIR__ . '/src/LoginHandler.php';

use App\Http\LoginHandler;
use App\Security\AuthAuditTrail;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 9502);
$server->on('request', new LoginHandler(new AuthAuditTrail()));
$server->start();
