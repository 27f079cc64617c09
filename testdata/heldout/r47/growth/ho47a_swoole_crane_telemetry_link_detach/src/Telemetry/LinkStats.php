<?php

declare(strict_types=1);

namespace Port\Telemetry;

final class LinkStats
{
    public int $frames = 0;
    public float $peakLoad = 0.0;
    public float $peakWind = 0.0;
    public int $twistlockFaults = 0;
    public ?string $lastContainer = null;
    public ?string $lastPlcDump = null;

    public function __construct(public readonly int $openedAt) {}
}
