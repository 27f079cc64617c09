<?php

namespace App\Tracking;

final class EnrichmentContext
{
    public ?string $country = null;
    public bool $machineOpen = false;
    public ?string $client = null;
    public readonly string $dedupKey;

    public function __construct(public readonly OpenEvent $event)
    {
        $this->dedupKey = $event->dedupKey();
    }
}
