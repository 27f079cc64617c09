<?php

namespace App\Monitoring;

/**
 * Keeps each container's last WINDOW samples for the rolling excursion
 * check; the window goes to the archive at gate-out.
 */
final class TripTemperatureLog
{
    public const EVENT_GATE_OUT = 'gate_out';
    public const WINDOW = 12;

    /** @var array<string, array<int, ReeferSample>> */
    private array $trips = [];

    /** @var array<string, int> */
    private array $cursor = [];

    public function __construct(private readonly TripLogArchive $archive)
    {
    }

    public function record(ReeferSample $sample): void
    {
        $id = $sample->containerId;
        $slot = $this->cursor[$id] ?? 0;
        $this->trips[$id][$slot] = $sample;
        $this->cursor[$id] = ($slot + 1) % self::WINDOW;

        if ($sample->event === self::EVENT_GATE_OUT) {
            $this->archive->write($id, $this->recent($id));
            unset($this->trips[$id], $this->cursor[$id]);
        }
    }

    /** @return list<ReeferSample> oldest first */
    public function recent(string $containerId): array
    {
        $ring = $this->trips[$containerId] ?? [];
        $next = $this->cursor[$containerId] ?? 0;

        return array_merge(array_slice($ring, $next), array_slice($ring, 0, $next));
    }
}
