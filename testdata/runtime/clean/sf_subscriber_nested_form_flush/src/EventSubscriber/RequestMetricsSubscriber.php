<?php

namespace App\EventSubscriber;

use App\Metrics\StatsdClient;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\TerminateEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Ships request metrics once the response has been sent.
 */
final class RequestMetricsSubscriber implements EventSubscriberInterface
{
    /** @var list<array{route: string, uri: string, status: int, ms: float}> */
    private array $timings = [];

    public function __construct(private StatsdClient $statsd)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::TERMINATE => [['recordTiming', 10], ['flushTimings', -10]],
        ];
    }

    public function recordTiming(TerminateEvent $event): void
    {
        $request = $event->getRequest();
        $this->timings[] = [
            'route' => (string) $request->attributes->get('_route', 'unknown'),
            'uri' => $request->getRequestUri(),
            'status' => $event->getResponse()->getStatusCode(),
            'ms' => (microtime(true) - $request->server->get('REQUEST_TIME_FLOAT', microtime(true))) * 1000,
        ];
    }

    public function flushTimings(TerminateEvent $event): void
    {
        $this->statsd->sendTimings($this->timings);
        $this->timings = [];
    }
}
