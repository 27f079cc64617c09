<?php

namespace App\Tracking;

final class EnrichmentContext
{
    public ?string $country = null;
    public bool $machineOpen = false;
    public ?string $client = null;

    public function __construct(public readonly string $dedupKey)
    {
    }
}
