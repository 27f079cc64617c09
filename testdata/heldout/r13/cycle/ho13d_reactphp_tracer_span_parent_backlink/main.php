<?php

declare(strict_types=1);

require __DIR__ . '/src/React.php';
require __DIR__ . '/src/Tracing/Span.php';
require __DIR__ . '/src/Tracing/Tracer.php';
require __DIR__ . '/src/Catalog/ProductController.php';

use App\Catalog\ProductController;
use App\Tracing\BatchSpanProcessor;
use App\Tracing\OtlpHttpExporter;
use App\Tracing\Tracer;
use React\EventLoop\Loop;
use React\Http\HttpServer;

$tracer = new Tracer('catalog-api', new BatchSpanProcessor(new OtlpHttpExporter('http://otel-collector:4318/v1/traces')));
$http = new HttpServer(new ProductController($tracer));
$http->replay((int) (getenv('PHPLEAK_N') ?: 100));

Loop::run();
