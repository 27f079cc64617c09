<?php

namespace App\Providers;

use App\Telemetry\RollupBuffer;
use InfluxDB2\WriteApi;

final class TelemetryServiceProvider
{
    private ?RollupBuffer $rollups = null;

    public function __construct(private array $config)
    {
    }

    public function rollups(): RollupBuffer
    {
        return $this->rollups ??= new RollupBuffer(
            new WriteApi($this->config['influx']['bucket'], $this->config['influx']['org']),
            $this->config['rollup_window'],
            $this->config['sample_interval'],
        );
    }
}
