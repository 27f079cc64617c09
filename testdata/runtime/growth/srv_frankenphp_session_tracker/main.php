<?php
// FrankenPHP worker script: the handler closure runs once per request; the session tracker it
// uses was created once, before the worker loop, and is captured by the closure.

require_once __DIR__ . '/vendor/dunglas/frankenphp/frankenphp.php';
require_once __DIR__ . '/src/Http/Request.php';
require_once __DIR__ . '/src/Http/Response.php';
require_once __DIR__ . '/src/Session/SessionActivity.php';
require_once __DIR__ . '/src/Session/SessionTracker.php';
require_once __DIR__ . '/src/Kernel.php';

use App\Http\Request;
use App\Kernel;
use App\Session\SessionTracker;

ignore_user_abort(true);

// The stand-in frankenphp_handle_request() serves PHPLEAK_N requests (default 100), then returns false.
$app = new Kernel();
$sessions = new SessionTracker();

$handler = static function () use ($app, $sessions): void {
    $request = Request::createFromGlobals();
    $response = $app->handle($request, $sessions);
    $response->send();
    $app->terminate($request, $response);
};

for ($nbRequests = 0; ; ++$nbRequests) {
    $keepRunning = \frankenphp_handle_request($handler);
    if (!$keepRunning) {
        break;
    }
}
