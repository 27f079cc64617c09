<?php

namespace App\Services;

final class MachineStatusBoard
{
    /** @var array<string, array{ring: list<array>, cursor: int, first_seen: int, last_seen: int}> */
    private array $machines = [];

    public function __construct(private int $history)
    {
    }

    public function record(string $key, array $reading): void
    {
        $state = $this->machines[$key] ?? ['ring' => [], 'cursor' => 0, 'first_seen' => $reading['ts'], 'last_seen' => 0];
        $state['ring'][$state['cursor'] % $this->history] = $reading;
        $state['cursor']++;
        $state['last_seen'] = $reading['ts'];
        $this->machines[$key] = $state; // leak
    }

    public function snapshot(string $key): array
    {
        $state = $this->machines[$key] ?? null;
        if ($state === null) {
            return [];
        }
        $loads = array_column($state['ring'], 'spindle_load');

        return [
            'samples' => count($loads),
            'avg_load' => $loads ? array_sum($loads) / count($loads) : 0.0,
            'last_seen' => $state['last_seen'],
        ];
    }
}
