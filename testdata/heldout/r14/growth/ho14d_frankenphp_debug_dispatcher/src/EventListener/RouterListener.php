<?php

namespace App\EventListener;

use App\Controller\AdminController;
use Symfony\Component\HttpKernel\RequestEvent;

final class RouterListener
{
    public function __construct(private readonly array $routes)
    {
    }

    public function onKernelRequest(RequestEvent $event): void
    {
        $path = $event->request->getPathInfo();
        $event->request->attributes['_route'] = $this->routes[$path] ?? 'admin_fallback';
        $event->request->attributes['_controller'] = AdminController::class;
    }

    public function onKernelController(RequestEvent $event): void
    {
        $event->controller = new AdminController();
    }
}
