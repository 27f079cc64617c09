<?php

namespace App\Intake;

final class MatterNumberAllocator
{
    private int $sequence = 4100;

    public function next(string $practiceGroup, int $timestamp): string
    {
        $this->sequence++;

        return sprintf('%s-%s-%06d', strtoupper(substr($practiceGroup, 0, 3)), date('Y', $timestamp), $this->sequence);
    }
}
