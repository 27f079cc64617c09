<?php

require_once __DIR__ . '/revolt/event-loop/src/EventLoop.php';
require_once __DIR__ . '/amphp/amp/src/functions.php';
require_once __DIR__ . '/psr/log/src/LoggerInterface.php';
require_once __DIR__ . '/amphp/http-server/src/Request.php';
require_once __DIR__ . '/amphp/http-server/src/Response.php';
require_once __DIR__ . '/amphp/http-server/src/contracts.php';
require_once __DIR__ . '/amphp/http-server/src/Middleware/functions.php';
require_once __DIR__ . '/amphp/http-server/src/Driver/ServerSocket.php';
require_once __DIR__ . '/amphp/http-server/src/SocketHttpServer.php';
