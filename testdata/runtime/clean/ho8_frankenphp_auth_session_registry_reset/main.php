<?php
// A FrankenPHP worker authenticates each request from its session cookie, keeps the resolved session in a static registry and resets the registry when the handler finishes.

require __DIR__ . '/frankenphp-stub.php';
require __DIR__ . '/src/Auth.php';

use App\Auth\Authenticator;
use App\Auth\SessionRegistry;

$authenticator = new Authenticator('s3cr3t-app-key');

$handler = static function () use ($authenticator): void {
    try {
        $session = $authenticator->authenticate($_COOKIE, $_SERVER);
        http_response_code($session === null ? 401 : 200);
    } finally {
        SessionRegistry::reset();
    }
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
