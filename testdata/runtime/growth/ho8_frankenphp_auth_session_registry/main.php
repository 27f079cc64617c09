<?php
// A FrankenPHP worker authenticates each request from its session cookie and keeps the resolved session in a static registry for the rest of the request.

require __DIR__ . '/frankenphp-stub.php';
require __DIR__ . '/src/Auth.php';

use App\Auth\Authenticator;

$authenticator = new Authenticator('s3cr3t-app-key');

$handler = static function () use ($authenticator): void {
    $session = $authenticator->authenticate($_COOKIE, $_SERVER);
    http_response_code($session === null ? 401 : 200);
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
