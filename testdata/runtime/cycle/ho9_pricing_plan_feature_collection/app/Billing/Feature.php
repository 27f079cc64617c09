<?php

namespace App\Billing;

final class Feature
{
    private ?Plan $plan = null;

    public function __construct(public readonly string $key, public readonly string $description) {}

    public function attachTo(Plan $plan): void
    {
        $this->plan = $plan; // leak
    }
}
