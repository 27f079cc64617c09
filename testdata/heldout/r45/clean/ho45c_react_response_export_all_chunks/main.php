<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Survey/SurveySchema.php';
require __DIR__ . '/src/Survey/SchemaRegistry.php';
require __DIR__ . '/src/Survey/SurveyResponse.php';
require __DIR__ . '/src/Survey/ResponseRepository.php';
require __DIR__ . '/src/Export/ExportTracker.php';
require __DIR__ . '/src/Export/CsvExport.php';
require __DIR__ . '/src/Export/ExportFactory.php';
require __DIR__ . '/src/Http/Router.php';
require __DIR__ . '/src/Http/AccessLogMiddleware.php';
require __DIR__ . '/src/Http/ExportController.php';
require __DIR__ . '/src/Http/ExportStatusController.php';

use App\Export\ExportFactory;
use App\Export\ExportTracker;
use App\Http\AccessLogMiddleware;
use App\Http\ExportController;
use App\Http\ExportStatusController;
use App\Http\Router;
use App\Survey\ResponseRepository;
use App\Survey\SchemaRegistry;
use React\EventLoop\Loop;
use React\Http\HttpServer;
use React\Socket\SocketServer;

$schemas = new SchemaRegistry();
$tracker = new ExportTracker();
$exports = new ExportFactory(new ResponseRepository(), $tracker, (int) (getenv('EXPORT_BATCH') ?: 10));

$router = new Router();
$router->get('/surveys/{survey}/responses.csv', new ExportController($schemas, $exports));
$router->get('/exports', new ExportStatusController($tracker));

$http = new HttpServer(new AccessLogMiddleware(), $router);
$http->on('error', static function (\Throwable $e): void {
    fwrite(STDERR, $e->getMessage() . "\n");
});

// soak run: replay recorded dashboard traffic instead of binding the port
$surveys = ['nps-2024', 'onboarding', 'event-feedback'];
$socket = new SocketServer(getenv('EXPORT_LISTEN') ?: '127.0.0.1:8086', [
    'replay' => static fn (int $i): string => sprintf(
        "GET /surveys/%s/responses.csv HTTP/1.1\r\nHost: exports.internal\r\nAccept: text/csv\r\nX-Request-Id: %s\r\n\r\n",
        $surveys[$i % 3],
        md5('req' . $i),
    ),
]);
$http->listen($socket);

Loop::run();
