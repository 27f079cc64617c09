<?php
// A FrankenPHP worker script builds a CMS kernel inside the request handler for each request; the kernel memoizes rendered pages by request URI.

ignore_user_abort(true);
require __DIR__ . '/frankenphp-stub.php';
require __DIR__ . '/src/CmsKernel.php';

$pages = new App\PageRepository();

$handler = static function () use ($pages): void {
    $kernel = new App\CmsKernel($pages);
    $response = $kernel->handle($_SERVER);
    http_response_code($response->status);
    $kernel->terminate();
};

$maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
    if (!frankenphp_handle_request($handler)) {
        break;
    }
}
