<?php

namespace App\Telemetry;

use InfluxDB2\Point;
use InfluxDB2\WriteApi;

/**
 * Collects raw samples into one-minute windows and writes min/max/mean
 * when a window is complete or has closed.
 */
final class RollupBuffer
{
    /** @var array<string, array{device: string, measurement: string, room: string, start: int, samples: list<float>}> */
    private array $windows = [];

    private int $expectedSamples;

    public function __construct(private WriteApi $writer, private int $window, int $sampleInterval)
    {
        $this->expectedSamples = intdiv($window, max(1, $sampleInterval));
    }

    public function add(string $device, string $room, string $measurement, int $timestamp, float $value): void
    {
        $start = WindowKey::windowStart($timestamp, $this->window);
        $key = WindowKey::of($device, $measurement, $start);

        $this->windows[$key] ??= ['device' => $device, 'measurement' => $measurement, 'room' => $room, 'start' => $start, 'samples' => []];
        $this->windows[$key]['samples'][] = $value;

        if (count($this->windows[$key]['samples']) >= $this->expectedSamples) {
            $this->flush($key);
        }
        $this->flushClosedBefore($start);
    }

    /** Late samples get one window of grace; anything older is written as is. */
    private function flushClosedBefore(int $currentStart): void
    {
        foreach ($this->windows as $key => $w) {
            if ($w['start'] + $this->window < $currentStart) {
                $this->flush($key);
            }
        }
    }

    private function flush(string $key): void
    {
        $w = $this->windows[$key];
        unset($this->windows[$key]);

        $this->writer->write([
            Point::measurement($w['measurement'] . '_1m')
                ->addTag('device', $w['device'])
                ->addTag('room', $w['room'])
                ->addField('min', min($w['samples']))
                ->addField('max', max($w['samples']))
                ->addField('mean', array_sum($w['samples']) / count($w['samples']))
                ->time($w['start']),
        ]);
    }
}
