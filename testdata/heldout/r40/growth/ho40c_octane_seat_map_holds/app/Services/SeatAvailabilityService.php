<?php

namespace App\Services;

use App\Support\VenueLayout;

final class SeatAvailabilityService
{
    /** @var array<string, string> rendered seat grids, reused across requests */
    private array $rendered = [];

    public function __construct(private VenueLayout $layout)
    {
    }

    public function availability(int $eventId, string $section, string $holdToken): string
    {
        $key = $this->gridKey($eventId, $section, $holdToken);

        if (!isset($this->rendered[$key])) {
            $this->rendered[$key] = $this->renderGrid($eventId, $section, $holdToken); // leak
        }

        return $this->rendered[$key];
    }

    private function gridKey(int $eventId, string $section, string $holdToken): string
    {
        // held seats are shown as "yours" to the holder, so the grid is per hold
        return sprintf('grid:%d:%s:%s', $eventId, $section, $holdToken);
    }

    private function renderGrid(int $eventId, string $section, string $holdToken): string
    {
        $rows = [];
        $perRow = $this->layout->seatsPerRow($section);
        for ($r = 1; $r <= $this->layout->rows($section); $r++) {
            $cells = '';
            for ($s = 1; $s <= $perRow; $s++) {
                $hash = crc32($eventId . $section . $r . $s . $holdToken);
                $cells .= sprintf('%02d%s ', $s, match ($hash % 4) {
                    0 => 'S',
                    1 => 'H',
                    default => 'A',
                });
            }
            $rows[] = sprintf('%s-%02d|%s', $section, $r, $cells);
        }

        return $this->layout->tier($section) . "\n" . implode("\n", $rows);
    }
}
