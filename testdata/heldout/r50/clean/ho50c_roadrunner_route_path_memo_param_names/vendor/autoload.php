<?php

require_once __DIR__ . '/psr/http-message/src/interfaces.php';
require_once __DIR__ . '/nyholm/psr7/src/ServerRequest.php';
require_once __DIR__ . '/nyholm/psr7/src/Response.php';
require_once __DIR__ . '/nyholm/psr7/src/Factory/Psr17Factory.php';
require_once __DIR__ . '/spiral/roadrunner-worker/src/Worker.php';
require_once __DIR__ . '/spiral/roadrunner-http/src/PSR7Worker.php';
