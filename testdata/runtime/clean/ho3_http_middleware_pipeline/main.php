<?php
// A micro-framework builds a middleware pipeline (request id, CORS, JSON body parsing) for every incoming request and runs it in front of the route handler.

declare(strict_types=1);

require __DIR__ . '/src/Http/Request.php';
require __DIR__ . '/src/Http/Response.php';
require __DIR__ . '/src/RequestHandlerInterface.php';
require __DIR__ . '/src/Pipeline.php';
require __DIR__ . '/src/Middleware/MiddlewareInterface.php';
require __DIR__ . '/src/Middleware/RequestIdMiddleware.php';
require __DIR__ . '/src/Middleware/CorsMiddleware.php';
require __DIR__ . '/src/Middleware/JsonBodyMiddleware.php';
require __DIR__ . '/src/Application.php';

use Micro\Application;
use Micro\Http\Request;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new Application(['allowed_origins' => ['https://app.example.com']]);

for ($i = 0; $i < $n; $i++) {
    $request = new Request(
        'POST',
        '/api/notes',
        ['origin' => 'https://app.example.com', 'content-type' => 'application/json'],
        json_encode(['title' => "note {$i}", 'text' => str_repeat('lorem ipsum dolor ', 20)]),
    );
    $response = $app->handle($request);
}
