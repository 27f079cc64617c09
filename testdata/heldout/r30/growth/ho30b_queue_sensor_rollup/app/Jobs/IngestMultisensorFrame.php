<?php

namespace App\Jobs;

use App\Telemetry\RollupBuffer;

final class IngestMultisensorFrame
{
    private const MEASUREMENTS = ['temperature', 'humidity', 'co2', 'voc', 'pm25', 'lux'];

    public function __construct(
        private string $device,
        private string $room,
        private int $ts,
        private array $values,
    ) {
    }

    public function handle(RollupBuffer $rollups): void
    {
        foreach (self::MEASUREMENTS as $measurement) {
            if (!isset($this->values[$measurement]) || !is_numeric($this->values[$measurement])) {
                continue;
            }
            $rollups->add($this->device, $this->room, $measurement, $this->ts, (float) $this->values[$measurement]);
        }
    }
}
