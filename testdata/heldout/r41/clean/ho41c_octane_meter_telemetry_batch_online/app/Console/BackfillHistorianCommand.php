<?php

namespace App\Console;

use App\Telemetry\HistorianWriter;
use App\Telemetry\TelemetryCollector;
use OctaneLite\Container;

/**
 * php artisan telemetry:backfill -- run from cron on the ops host, pushes
 * whatever the collector still holds into the historian.
 */
final class BackfillHistorianCommand
{
    public function __construct(private Container $app)
    {
    }

    public function handle(): int
    {
        $writer = $this->app->make(HistorianWriter::class);
        $writer->open((string) $this->app->config('telemetry.historian_dsn'));
        $this->app->make(TelemetryCollector::class)->flush();

        return 0;
    }
}
