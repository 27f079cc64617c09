<?php
// A FrankenPHP worker script boots a CMS kernel once and hands each request to it; the kernel memoizes rendered pages by request URI.

ignore_user_abort(true);
require __DIR__ . '/frankenphp-stub.php';
require __DIR__ . '/src/CmsKernel.php';

$kernel = new App\CmsKernel(new App\PageRepository());

$handler = static function () use ($kernel): void {
    $response = $kernel->handle($_SERVER);
    http_response_code($response->status);
};

$maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    $kernel->terminate();
    if (!$keepRunning) {
        break;
    }
}
