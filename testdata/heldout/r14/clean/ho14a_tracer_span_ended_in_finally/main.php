<?php

declare(strict_types=1);

require __DIR__ . '/src/Tracing/Tracer.php';
require __DIR__ . '/src/Tracing/SpanBuilder.php';
require __DIR__ . '/src/Tracing/Span.php';
require __DIR__ . '/src/Tracing/BatchExporter.php';
require __DIR__ . '/src/Cache/ArrayCache.php';
require __DIR__ . '/src/Controller/ProductController.php';

use App\Cache\ArrayCache;
use App\Controller\ProductController;
use App\Tracing\BatchExporter;
use App\Tracing\Tracer;

// FrankenPHP worker mode stand-in: the real function blocks until the next
// request arrives, fills the superglobals and runs the handler.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $_SERVER['REQUEST_URI'] = '/products/' . ($served % 40) . '?utm_source=newsletter&utm_campaign=' . $served;
        $_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
        $_SERVER['HTTP_COOKIE'] = 'PHPSESSID=' . hash('sha256', (string) $served) . '; consent=' . str_repeat('a', 120);
        $served++;
        $handler();

        return true;
    }
}

$tracer = new Tracer(new BatchExporter());
$controller = new ProductController($tracer, new ArrayCache());

$handler = static function () use ($tracer, $controller): void {
    $root = $tracer->spanBuilder('GET /products/{id}')
        ->setAttribute('http.method', 'GET')
        ->setParent(null)
        ->startSpan();
    preg_match('#^/products/(\d+)#', $_SERVER['REQUEST_URI'], $m);
    $product = $controller->show((int) $m[1], $_SERVER);
    $root->setAttribute('http.status_code', 200);
    $root->end();
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
