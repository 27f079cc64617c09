<?php

namespace App\Services;

use App\Models\CheckIn;

/**
 * Live "who just walked in" feed shown on the front-desk tablets.
 * The tablets only ever show the last few dozen arrivals, so the feed
 * keeps a fixed-size ring of rows instead of the whole day.
 */
class CheckInFeed
{
    private const WINDOW = 48;

    /** @var array<int, array> */
    private array $rows = [];

    private int $cursor = 0;

    public function __construct(private readonly string $timezone)
    {
    }

    public function record(CheckIn $checkIn): void
    {
        $row = $checkIn->toFeedRow();
        $row['local'] = $this->localTime($checkIn);

        $this->rows[$this->slot()] = $row;
    }

    /** @return list<array> */
    public function latest(int $limit = 10): array
    {
        $ordered = [];
        for ($k = max(0, $this->cursor - $limit); $k < $this->cursor; $k++) {
            $ordered[] = $this->rows[$k % self::WINDOW];
        }

        return $ordered;
    }

    public function countToday(string $club): int
    {
        return count(array_filter($this->rows, fn (array $row) => $row['club'] === $club));
    }

    private function slot(): int
    {
        return $this->cursor++ % self::WINDOW;
    }

    private function localTime(CheckIn $checkIn): string
    {
        return $checkIn->scannedAt->setTimezone(new \DateTimeZone($this->timezone))->format('H:i');
    }
}
