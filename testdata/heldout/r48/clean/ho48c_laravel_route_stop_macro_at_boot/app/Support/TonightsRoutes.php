<?php

namespace App\Support;

use App\Jobs\PlanDeliveryRoute;
use Illuminate\Queue\Connection;
use Illuminate\Queue\Job;

// Simulated redis "routes" queue: dispatch() pushed one PlanDeliveryRoute per van per evening.
final class TonightsRoutes implements Connection
{
    private const DEPOTS = ['north-warehouse', 'harbor-street', 'east-pantry-hub', 'valley-farm-share'];

    private const AGENCIES = ['st-anne-pantry', 'youth-center', 'senior-housing-b', 'harbor-shelter', 'campus-cupboard', 'mosque-food-drive'];

    private int $popped = 0;

    public function pop(string $queue): ?Job
    {
        $n = $this->popped++;
        $depot = self::DEPOTS[$n % 4];
        $stops = $windows = [];
        foreach (self::AGENCIES as $k => $agency) {
            $stops[] = ['agency' => $agency, 'address' => (10 + $k * 7 + $n % 90).' Mill Road', 'crates' => 3 + ($n + $k) % 9];
            $windows[$agency] = sprintf('%02d:%02d-%02d:00', 9 + ($n + $k) % 8, ($n * 5) % 60, 11 + ($n + $k) % 8);
        }
        $command = new PlanDeliveryRoute(
            sprintf('%s-%s-van%d', $depot, date('Y-m-d', 1767225600 + 86400 * intdiv($n, 12)), $n % 12),
            $depot,
            $stops,
            $windows,
        );

        return new Job(json_encode(['displayName' => PlanDeliveryRoute::class, 'data' => ['command' => serialize($command)]]));
    }
}
