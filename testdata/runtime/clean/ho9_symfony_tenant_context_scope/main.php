<?php
// A Symfony app keeps the current tenant on an SplStack in a shared TenantContext service, entered on kernel.request and left on kernel.finish_request.

require __DIR__ . '/vendor/symfony/http.php';
require __DIR__ . '/src/Tenant/TenantContext.php';
require __DIR__ . '/src/EventSubscriber/TenantSubscriber.php';

use App\EventSubscriber\TenantSubscriber;
use App\Tenant\TenantContext;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Event\FinishRequestEvent;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\KernelEvents;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$dispatcher = new EventDispatcher();
$context = new TenantContext();
$dispatcher->addSubscriber(new TenantSubscriber($context));

for ($i = 0; $i < $n; $i++) {
    $request = new Request("shop{$i}.example.com");
    $dispatcher->dispatch(new RequestEvent($request), KernelEvents::REQUEST);
    $dispatcher->dispatch(new FinishRequestEvent($request), KernelEvents::FINISH_REQUEST);
}
