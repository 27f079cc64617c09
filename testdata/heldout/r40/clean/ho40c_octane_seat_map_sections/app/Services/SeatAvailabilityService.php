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
        $key = $this->gridKey($eventId, $section);

        if (!isset($this->rendered[$key])) {
            $this->rendered[$key] = $this->renderGrid($eventId, $section);
        }

        return $this->markHeldSeats($this->rendered[$key], $holdToken);
    }

    private function gridKey(int $eventId, string $section): string
    {
        // the grid is the same for every buyer; only the hold overlay differs
        if (!$this->layout->has($section)) {
            $section = 'GA';
        }

        return sprintf('grid:%d:%s', $eventId, $section);
    }

    private function markHeldSeats(string $grid, string $holdToken): string
    {
        $mine = crc32($holdToken) % 18 + 1;

        return str_replace(sprintf('%02dH ', $mine), sprintf('%02dY ', $mine), $grid);
    }

    private function renderGrid(int $eventId, string $section): string
    {
        if (!$this->layout->has($section)) {
            return "general-admission\nGA|open";
        }

        $rows = [];
        $perRow = $this->layout->seatsPerRow($section);
        for ($r = 1; $r <= $this->layout->rows($section); $r++) {
            $cells = '';
            for ($s = 1; $s <= $perRow; $s++) {
                $hash = crc32($eventId . $section . $r . $s);
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
