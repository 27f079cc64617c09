<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';

use Amp\Http\Server\DefaultErrorHandler;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler\ClosureRequestHandler;
use Amp\Http\Server\Response;
use Amp\Http\Server\Router;
use Amp\Http\Server\SocketHttpServer;
use LabPortal\Delivery\EmailTransport;
use LabPortal\Delivery\PatientNotifier;
use LabPortal\Delivery\SmsTransport;
use LabPortal\Http\LabResultWebhook;
use LabPortal\Outbox\NotificationOutbox;
use Psr\Log\NullLogger;

$logger = new NullLogger();
$errorHandler = new DefaultErrorHandler();

$server = SocketHttpServer::createForDirectAccess($logger);
$server->expose('0.0.0.0:9180');

$outbox = new NotificationOutbox(
    new PatientNotifier([new SmsTransport(), new EmailTransport('results@portal.example-health.org')]),
    $logger,
);

$router = new Router($server, $logger, $errorHandler);
$router->addRoute('POST', '/hooks/lis/results/{accession}', new LabResultWebhook(
    $outbox,
    getenv('LIS_WEBHOOK_SECRET') ?: 'lis-shared-secret',
    'https://portal.example-health.org',
));
$router->addRoute('GET', '/health', new ClosureRequestHandler(
    static fn (Request $request): Response => new Response(200, ['content-type' => 'text/plain'], 'ok'),
));

$server->start($router, $errorHandler);
