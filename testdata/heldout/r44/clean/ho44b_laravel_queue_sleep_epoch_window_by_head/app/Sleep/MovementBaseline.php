<?php

namespace App\Sleep;

/**
 * Accelerometer noise floor and resting heart rate of the last couple of
 * hours of scored epochs. Wrist sensors drift with firmware and strap
 * tension, so thresholds follow what the fleet reported recently.
 */
final class MovementBaseline
{
    public function __construct(private readonly EpochWindow $window)
    {
    }

    public function observe(Epoch $epoch): void
    {
        $this->window->push($epoch);
    }

    /** @return array{movement: float, heart_rate: float} */
    public function snapshot(): array
    {
        if (count($this->window) < 20) {
            return ['movement' => 0.02, 'heart_rate' => 58.0];
        }
        $movement = [];
        $heartRate = 0;
        foreach ($this->window as $epoch) {
            $movement[] = $epoch->movement;
            $heartRate += $epoch->heartRate;
        }
        sort($movement);

        return [
            'movement' => $movement[(int) floor(count($movement) * 0.25)],
            'heart_rate' => $heartRate / count($movement),
        ];
    }
}
