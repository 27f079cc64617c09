<?php

namespace App\Monitoring;

/**
 * Keeps each container's samples for the trip report and for the rolling
 * excursion check; the trip's samples go to the archive at gate-out.
 */
final class TripTemperatureLog
{
    public const EVENT_GATE_OUT = 'gate_out';
    public const WINDOW = 12;

    /** @var array<string, list<ReeferSample>> */
    private array $trips = [];

    public function __construct(private readonly TripLogArchive $archive)
    {
    }

    public function record(ReeferSample $sample): void
    {
        $this->trips[$sample->containerId][] = $sample; // leak

        if ($sample->event === self::EVENT_GATE_OUT) {
            $this->archive->write($sample->containerId, $this->trips[$sample->containerId]);
            unset($this->trips[$sample->containerId]);
        }
    }

    /** @return list<ReeferSample> */
    public function recent(string $containerId): array
    {
        return array_slice($this->trips[$containerId] ?? [], -self::WINDOW);
    }
}
