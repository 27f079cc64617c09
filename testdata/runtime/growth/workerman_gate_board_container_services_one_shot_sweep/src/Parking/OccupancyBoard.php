<?php

declare(strict_types=1);

namespace Garage\Parking;

use Workerman\Timer;

/** Vehicles seen at the gates in the last few minutes, for the lane displays. */
final class OccupancyBoard
{
    /** @var array<string, Visit> */
    private array $recent = [];

    public function __construct(private readonly int $windowSeconds)
    {
    }

    public function entered(string $plate, string $gate, string $photo): void
    {
        $this->recent[$plate] = new Visit($plate, $gate, Timer::now(), $photo); // leak
    }

    public function forgetStale(): void
    {
        $limit = Timer::now() - $this->windowSeconds;
        foreach ($this->recent as $plate => $visit) {
            if ($visit->enteredAt < $limit) {
                unset($this->recent[$plate]);
            }
        }
    }

    public function count(): int
    {
        return count($this->recent);
    }
}
