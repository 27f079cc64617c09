<?php

require_once __DIR__ . '/amphp/http-server/src/Request.php';
require_once __DIR__ . '/amphp/http-server/src/Response.php';
require_once __DIR__ . '/amphp/http-server/src/RequestHandler.php';
require_once __DIR__ . '/amphp/http-server/src/Middleware.php';
require_once __DIR__ . '/amphp/http-server/src/SocketHttpServer.php';
