<?php
namespace App\EventListener;

use App\Metrics\RouteTimings;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\{RequestEvent, ResponseEvent};
use Symfony\Component\HttpKernel\KernelEvents;

final class RequestTimingListener
{
    /** @var array<string, RouteTimings> */
    private static array $timings = [];

    #[AsEventListener(event: KernelEvents::REQUEST, priority: 256)]
    public function onRequest(RequestEvent $event): void
    {
        $event->getRequest()->attributes->set('_started_at', hrtime(true));
    }

    #[AsEventListener(event: KernelEvents::RESPONSE, priority: -256)]
    public function onResponse(ResponseEvent $event): void
    {
        $request = $event->getRequest();
        $route = (string) $request->attributes->get('_route');
        $elapsed = (hrtime(true) - $request->attributes->get('_started_at')) / 1e6;

        self::$timings[$route] ??= new RouteTimings($route);
        self::$timings[$route]->record($elapsed, substr($event->getResponse()->getContent(), 0, 600));
    }

    public static function forRoute(string $route): ?RouteTimings
    {
        return self::$timings[$route] ?? null;
    }
}
