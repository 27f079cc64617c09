<?php

namespace App\Billing;

final class Plan
{
    public readonly FeatureCollection $features;

    public function __construct(public readonly string $code, public readonly int $monthlyCents)
    {
        $this->features = new FeatureCollection($this);
    }
}
