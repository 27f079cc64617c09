<?php

namespace App\Dispatch;

final class CrewRoster
{
    /** @param array<string, list<string>> $crewsBySkill */
    public function __construct(private array $crewsBySkill)
    {
    }

    public function nearest(string $skill, string $feeder): ?string
    {
        $crews = $this->crewsBySkill[$skill] ?? [];
        if ($crews === []) {
            return null;
        }

        return $crews[crc32($feeder) % count($crews)];
    }

    public function regionOf(string $feeder): string
    {
        return match ($feeder[4] ?? '0') {
            '1' => 'north',
            '2' => 'east',
            '3' => 'west',
            default => 'south',
        };
    }
}
