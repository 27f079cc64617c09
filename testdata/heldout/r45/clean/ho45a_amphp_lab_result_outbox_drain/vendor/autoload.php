<?php

declare(strict_types=1);

// Generated class map (composer dump-autoload --classmap-authoritative).
require_once __DIR__ . '/psr/log/src/LoggerInterface.php';
require_once __DIR__ . '/psr/log/src/NullLogger.php';
require_once __DIR__ . '/amphp/http-server/src/Http.php';
require_once __DIR__ . '/amphp/http-server/src/SocketHttpServer.php';
require_once __DIR__ . '/amphp/http-server/src/Router.php';
require_once __DIR__ . '/amphp/http-server/src/ClosureRequestHandler.php';

require_once __DIR__ . '/../src/Domain/LabResultNotice.php';
require_once __DIR__ . '/../src/Delivery/Transport.php';
require_once __DIR__ . '/../src/Delivery/SmsTransport.php';
require_once __DIR__ . '/../src/Delivery/EmailTransport.php';
require_once __DIR__ . '/../src/Delivery/PatientNotifier.php';
require_once __DIR__ . '/../src/Outbox/NotificationOutbox.php';
require_once __DIR__ . '/../src/Http/LabResultWebhook.php';
