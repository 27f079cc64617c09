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
    /** @var array<string, int> */
    private array $counters = [];

    /** @var list<array{route: string, uri: string, status: int, ms: float}> */
    private array $timings = [];

    public function __construct(private StatsdClient $statsd)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::TERMINATE => [['flushCounters', 10], ['recordTiming', 0]],
        ];
    }

    public function flushCounters(TerminateEvent $event): void
    {
        $route = (string) $event->getRequest()->attributes->get('_route', 'unknown');
        $this->counters[$route.'.'.$event->getResponse()->getStatusCode()] = ($this->counters[$route.'.'.$event->getResponse()->getStatusCode()] ?? 0) + 1;
        $this->statsd->sendCounters($this->counters);
        $this->counters = [];
    }

    public function recordTiming(TerminateEvent $event): void
    {
        $request = $event->getRequest();
        $this->timings[] = [ // leak
            'route' => (string) $request->attributes->get('_route', 'unknown'),
            'uri' => $request->getRequestUri(),
            'status' => $event->getResponse()->getStatusCode(),
            'ms' => (microtime(true) - $request->server->get('REQUEST_TIME_FLOAT', microtime(true))) * 1000,
        ];
        if (0 === \count($this->timings) % 1000) {
            $this->statsd->sendTimings(\array_slice($this->timings, -1000));
        }
    }
}
