<?php

declare(strict_types=1);

namespace App\Plans;

/**
 * The catalogue of guided interval workouts, loaded once at worker start.
 */
final class TrainingPlanRepository
{
    /** @var array<string, list<IntervalStep>> */
    private array $plans = [];

    public function __construct()
    {
        $this->plans = [
            'vo2-6x800' => array_fill(0, 6, new IntervalStep('800 m hard', 180, 90, '3:45/km', 5)),
            'threshold-3x10' => array_fill(0, 3, new IntervalStep('10 min threshold', 600, 120, '4:20/km', 4)),
            'hills-8x60' => array_fill(0, 8, new IntervalStep('60 s uphill', 60, 75, null, 5)),
            'easy-strides' => array_fill(0, 6, new IntervalStep('20 s stride', 20, 60, '3:30/km', 4)),
        ];
    }

    public function step(string $planId, int $index): ?IntervalStep
    {
        return $this->plans[$planId][$index] ?? null;
    }
}
