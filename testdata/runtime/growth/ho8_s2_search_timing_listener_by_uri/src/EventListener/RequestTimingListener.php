<?php
namespace App\EventListener;

use App\Metrics\TimingSample;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\{RequestEvent, ResponseEvent};
use Symfony\Component\HttpKernel\KernelEvents;

final class RequestTimingListener
{
    /** @var array<string, TimingSample> */
    private static array $samples = [];

    #[AsEventListener(event: KernelEvents::REQUEST, priority: 256)]
    public function onRequest(RequestEvent $event): void
    {
        $event->getRequest()->attributes->set('_started_at', hrtime(true));
    }

    #[AsEventListener(event: KernelEvents::RESPONSE, priority: -256)]
    public function onResponse(ResponseEvent $event): void
    {
        $request = $event->getRequest();
        $response = $event->getResponse();
        $uri = $request->getPathInfo() . '?' . http_build_query($request->query->all());
        $elapsed = (hrtime(true) - $request->attributes->get('_started_at')) / 1e6;

        self::$samples[$uri] = new TimingSample($uri, $elapsed, $response->getStatusCode(), substr($response->getContent(), 0, 600)); // leak
    }

    public static function slowest(): ?TimingSample
    {
        $samples = self::$samples;
        usort($samples, fn (TimingSample $a, TimingSample $b) => $b->milliseconds <=> $a->milliseconds);
        return $samples[0] ?? null;
    }
}
