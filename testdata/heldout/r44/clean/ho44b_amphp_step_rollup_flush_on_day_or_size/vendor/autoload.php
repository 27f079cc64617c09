<?php

// Generated class map (composer dump-autoload --classmap-authoritative, trimmed).

declare(strict_types=1);

require_once __DIR__ . '/psr/log/src/LoggerInterface.php';
require_once __DIR__ . '/psr/log/src/NullLogger.php';
require_once __DIR__ . '/amphp/http-server/src/Driver/Client.php';
require_once __DIR__ . '/amphp/http-server/src/RequestBody.php';
require_once __DIR__ . '/amphp/http-server/src/Request.php';
require_once __DIR__ . '/amphp/http-server/src/Response.php';
require_once __DIR__ . '/amphp/http-server/src/RequestHandler.php';
require_once __DIR__ . '/amphp/http-server/src/ErrorHandler.php';
require_once __DIR__ . '/amphp/http-server/src/DefaultErrorHandler.php';
require_once __DIR__ . '/amphp/http-server/src/Middleware.php';
require_once __DIR__ . '/amphp/http-server/src/Middleware/functions.php';
require_once __DIR__ . '/amphp/http-server/src/SocketHttpServer.php';
require_once __DIR__ . '/amphp/http-server-router/src/Router.php';

require_once __DIR__ . '/../src/Steps/StepSample.php';
require_once __DIR__ . '/../src/Steps/StepSampleParser.php';
require_once __DIR__ . '/../src/Storage/WarehouseClient.php';
require_once __DIR__ . '/../src/Steps/RollupWriter.php';
require_once __DIR__ . '/../src/Steps/DailyStepRollup.php';
require_once __DIR__ . '/../src/Http/JsonResponder.php';
require_once __DIR__ . '/../src/Http/StepUploadHandler.php';
require_once __DIR__ . '/../src/Http/DeviceAuthMiddleware.php';
require_once __DIR__ . '/../src/Kernel.php';
