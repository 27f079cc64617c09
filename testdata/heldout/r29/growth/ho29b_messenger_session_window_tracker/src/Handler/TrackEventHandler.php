<?php

namespace App\Handler;

use App\Message\TrackEvent;
use App\Sessionization\SessionWindowTracker;

final class TrackEventHandler
{
    private const ATTRIBUTION_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'referrer'];

    public function __construct(private SessionWindowTracker $tracker)
    {
    }

    public function __invoke(TrackEvent $event): void
    {
        $attribution = array_intersect_key($event->properties, array_flip(self::ATTRIBUTION_KEYS));

        $this->tracker->record($event->visitorId, $event->occurredAt(), $event->path, $event->name, $attribution);
    }
}
