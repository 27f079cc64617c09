<?php

declare(strict_types=1);

namespace App\EventSubscriber;

use Framework\Http\EventSubscriberInterface;
use Framework\Http\Request;
use Framework\Http\RequestEvent;
use Framework\Http\TerminateEvent;

/**
 * Records per-route latency histograms. Timings are attached to the request
 * object's identity rather than to $request->attributes, so sub-requests and
 * listeners that clone attributes do not disturb them.
 */
final class RequestTimingSubscriber implements EventSubscriberInterface
{
    private const BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000];

    /** @var array<int, array> keyed by spl_object_id() of the request */
    private array $inFlight = [];

    /** @var array<string, array<int, int>> */
    private array $histograms = [];

    public static function getSubscribedEvents(): array
    {
        return [
            RequestEvent::class => 'onRequest',
            TerminateEvent::class => 'onTerminate',
        ];
    }

    public function onRequest(RequestEvent $event): void
    {
        $this->inFlight[spl_object_id($event->request)] = $this->describe($event->request); // leak
    }

    public function onTerminate(TerminateEvent $event): void
    {
        $entry = $this->inFlight[spl_object_id($event->request)] ?? null;
        if ($entry === null) {
            return;
        }
        $elapsedMs = (hrtime(true) - $entry['started']) / 1e6;
        $route = $entry['route'];
        $this->histograms[$route] ??= array_fill_keys(self::BUCKETS_MS, 0);
        foreach (self::BUCKETS_MS as $le) {
            if ($elapsedMs <= $le) {
                $this->histograms[$route][$le]++;
            }
        }
    }

    private function describe(Request $request): array
    {
        return [
            'started' => hrtime(true),
            'route' => $request->attributes['_route'],
            'request' => $request,
        ];
    }
}
