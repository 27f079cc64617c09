<?php
// A FrankenPHP worker serving a search API through a Server-Timing middleware that records timings in $_SERVER.

require __DIR__ . '/src/Runtime/frankenphp.php';
require __DIR__ . '/src/Http/ServerTiming.php';
require __DIR__ . '/src/Http/SearchController.php';

use App\Http\SearchController;
use App\Http\ServerTiming;
use Nyholm\Psr7\ServerRequest;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$timing = new ServerTiming();
$controller = new SearchController();

$handler = static function () use ($timing, $controller): void {
    $response = $timing->process(ServerRequest::fromGlobals(), $controller);
    http_response_code($response->status);
};

for ($nbRequests = 0; $nbRequests < $n; ++$nbRequests) {
    $keepRunning = \frankenphp_handle_request($handler);
    if (!$keepRunning) {
        break;
    }
}
