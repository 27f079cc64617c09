<?php

namespace App\Telemetry;

final class QualityFilter
{
    private const RANK = ['bad' => 0, 'uncertain' => 1, 'good' => 2];

    public function __construct(private string $floor)
    {
    }

    public function accepts(Sample $sample): bool
    {
        return (self::RANK[$sample->quality] ?? 0) >= self::RANK[$this->floor];
    }
}
