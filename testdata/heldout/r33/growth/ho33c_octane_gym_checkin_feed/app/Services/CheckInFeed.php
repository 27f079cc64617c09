<?php

namespace App\Services;

use App\Models\CheckIn;

/**
 * Live "who just walked in" feed shown on the front-desk tablets.
 */
class CheckInFeed
{
    /** @var array<string, array> */
    private array $rows = [];

    public function __construct(private readonly string $timezone)
    {
    }

    public function record(CheckIn $checkIn): void
    {
        $this->rows[$this->rowKey($checkIn)] = $checkIn->toFeedRow(); // leak
    }

    /** @return list<array> */
    public function latest(int $limit = 10): array
    {
        return array_slice(array_values($this->rows), -$limit);
    }

    public function countToday(string $club): int
    {
        return count(array_filter($this->rows, fn (array $row) => $row['club'] === $club));
    }

    private function rowKey(CheckIn $checkIn): string
    {
        $local = $checkIn->scannedAt->setTimezone(new \DateTimeZone($this->timezone));

        return $checkIn->clubCode . ':' . $checkIn->memberId . ':' . $local->format('YmdHis');
    }
}
