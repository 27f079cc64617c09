<?php
// The kernel resets the request cache after each request, but asks the container for it again and the binding is not shared: it resets a fresh instance.

require_once __DIR__ . '/Container.php';
require_once __DIR__ . '/RequestCache.php';
require_once __DIR__ . '/Kernel.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$container = new Container();
$container->bind('cache', static fn (): RequestCache => new RequestCache());
$kernel = new Kernel($container);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle("/profile/{$i}");
    $kernel->terminate();
}
