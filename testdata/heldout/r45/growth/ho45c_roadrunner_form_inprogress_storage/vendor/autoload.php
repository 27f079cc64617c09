<?php

// composer autoload (classmap subset for the worker build)
require_once __DIR__ . '/psr/http-message/src/interfaces.php';
require_once __DIR__ . '/psr/http-factory/src/interfaces.php';
require_once __DIR__ . '/nyholm/psr7/src/Stream.php';
require_once __DIR__ . '/nyholm/psr7/src/Response.php';
require_once __DIR__ . '/nyholm/psr7/src/ServerRequest.php';
require_once __DIR__ . '/nyholm/psr7/src/Factory/Psr17Factory.php';
require_once __DIR__ . '/spiral/roadrunner-worker/src/Payload.php';
require_once __DIR__ . '/spiral/roadrunner-worker/src/WorkerInterface.php';
require_once __DIR__ . '/spiral/roadrunner-worker/src/Worker.php';
require_once __DIR__ . '/spiral/roadrunner-http/src/PSR7Worker.php';
