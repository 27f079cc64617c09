<?php
// Symfony HttpKernel (FrankenPHP worker, debug): models the fix where Kernel::boot() runs services_resetter between requests (before the fix: TraceableEventDispatcher's call stack never reset).

require __DIR__ . '/vendor/symfony/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/symfony/event-dispatcher/Debug/WrappedListener.php';
require __DIR__ . '/vendor/symfony/event-dispatcher/Debug/TraceableEventDispatcher.php';
require __DIR__ . '/vendor/symfony/http-foundation/Request.php';
require __DIR__ . '/vendor/symfony/http-kernel/Kernel.php';
require __DIR__ . '/vendor/dunglas/frankenphp/functions.php';
require __DIR__ . '/vendor/runtime/frankenphp-symfony/Runner.php';
require __DIR__ . '/src/EventListener/RouterListener.php';
require __DIR__ . '/src/EventListener/LocaleListener.php';
require __DIR__ . '/src/EventListener/SecurityHeadersListener.php';
require __DIR__ . '/src/Controller/AdminController.php';
require __DIR__ . '/src/Kernel.php';

use App\Kernel;
use Runtime\FrankenPhpSymfony\Runner;

FrankenPhpStub::$remaining = (int) (getenv('PHPLEAK_N') ?: 100);

$runner = new Runner(new Kernel('dev', true)); // leak
$runner->run();
