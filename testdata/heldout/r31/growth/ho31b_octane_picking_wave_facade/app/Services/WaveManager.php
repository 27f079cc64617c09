<?php

declare(strict_types=1);

namespace App\Services;

final class WaveManager
{
    /** @var array<string, PickingWave> */
    private array $waves = [];

    public function __construct(private array $zones)
    {
    }

    public function wave(string $waveId): PickingWave
    {
        return $this->waves[$waveId] ??= new PickingWave($waveId, $this->zoneOf($waveId)); // leak
    }

    public function confirmPick(string $waveId, array $input, string $picker): array
    {
        $line = new PickLine(
            $input['location'],
            $input['sku'],
            (int) $input['qty'],
            $picker,
            $input['tote'],
            date(DATE_ATOM, $input['scanned_at']),
        );
        $wave = $this->wave($waveId);
        return ['wave' => $wave->id, 'lines' => $wave->confirm($line), 'units' => $wave->unitsPicked()];
    }

    private function zoneOf(string $waveId): string
    {
        $letter = substr($waveId, -1);
        return $this->zones[$letter] ?? 'ambient';
    }
}
