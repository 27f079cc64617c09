<?php

namespace App\Tracking;

/**
 * Side table that lets enrichment stages share what they learned about an
 * open event without widening the immutable event class.
 */
final class Annotations
{
    /** @var array<int, EnrichmentContext> */
    private array $contexts = [];

    public function begin(OpenEvent $event): EnrichmentContext
    {
        return $this->contexts[spl_object_id($event)] = new EnrichmentContext($event->dedupKey());
    }

    public function for(OpenEvent $event): EnrichmentContext
    {
        return $this->contexts[spl_object_id($event)] ?? $this->begin($event);
    }
}
