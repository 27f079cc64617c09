<?php

namespace App\Listeners;

use App\Metrics\RequestMetrics;

final class FlushRequestMetrics
{
    public function __construct(private RequestMetrics $metrics) {}

    public function handle(object $event): void
    {
        $this->metrics->flush();
    }
}
