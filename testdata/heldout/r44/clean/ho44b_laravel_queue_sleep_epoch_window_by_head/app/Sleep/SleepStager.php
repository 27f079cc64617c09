<?php

namespace App\Sleep;

final class SleepStager
{
    public function __construct(private readonly MovementBaseline $baseline)
    {
    }

    /**
     * @param list<Epoch> $epochs
     * @return array<string, int> minutes per stage
     */
    public function stage(array $epochs): array
    {
        $baseline = $this->baseline->snapshot();
        $minutes = ['wake' => 0, 'light' => 0, 'deep' => 0, 'rem' => 0];

        foreach ($epochs as $epoch) {
            $relativeHr = $epoch->heartRate / max(1.0, $baseline['heart_rate']);
            $epoch->stage = match (true) {
                $epoch->movement > $baseline['movement'] * 6 => 'wake',
                $relativeHr < 0.92 && $epoch->movement < $baseline['movement'] * 1.5 => 'deep',
                $relativeHr > 1.04 && $epoch->hrv < 35.0 => 'rem',
                default => 'light',
            };
            $minutes[$epoch->stage]++;
            $this->baseline->observe($epoch);
        }

        return array_map(static fn (int $n): int => intdiv($n, 2), $minutes);
    }
}
