<?php
declare(strict_types=1);

require __DIR__ . '/bootstrap/frankenphp.php';
require __DIR__ . '/src/Tracing/Span.php';
require __DIR__ . '/src/Tracing/RecentSpans.php';
require __DIR__ . '/src/Tracing/Tracer.php';
require __DIR__ . '/src/Http/CheckoutController.php';

use Shop\Http\CheckoutController;
use Shop\Tracing\RecentSpans;
use Shop\Tracing\Tracer;

// Booted once per FrankenPHP worker.
$recentSpans = new RecentSpans();
$tracer = new Tracer($recentSpans);
$controller = new CheckoutController($tracer);

$handler = static function () use ($controller): void {
    $controller($_SERVER);
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
