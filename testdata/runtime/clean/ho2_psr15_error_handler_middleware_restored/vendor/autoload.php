<?php

require_once __DIR__ . '/psr/http-message/src/MessageInterface.php';
require_once __DIR__ . '/psr/http-message/src/ServerRequestInterface.php';
require_once __DIR__ . '/psr/http-message/src/ResponseInterface.php';
require_once __DIR__ . '/psr/http-server-handler/src/RequestHandlerInterface.php';
require_once __DIR__ . '/psr/http-server-middleware/src/MiddlewareInterface.php';
