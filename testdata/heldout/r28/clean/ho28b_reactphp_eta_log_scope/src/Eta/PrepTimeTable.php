<?php
namespace App\Eta;

/** Median preparation minutes per restaurant and hour, loaded at boot. */
final class PrepTimeTable
{
    /** @param array<string, array{lat: float, lng: float, prep: list<int>}> $restaurants */
    public function __construct(private array $restaurants) {}

    public function location(string $restaurantId): array
    {
        $r = $this->restaurants[$restaurantId] ?? throw new \OutOfBoundsException("unknown restaurant $restaurantId");
        return [$r['lat'], $r['lng']];
    }

    public function minutesFor(string $restaurantId, int $placedAt, int $basketSize): int
    {
        $r = $this->restaurants[$restaurantId] ?? null;
        $base = $r === null ? 20 : $r['prep'][(int) gmdate('G', $placedAt) % count($r['prep'])];
        return $base + intdiv($basketSize, 3);
    }
}
