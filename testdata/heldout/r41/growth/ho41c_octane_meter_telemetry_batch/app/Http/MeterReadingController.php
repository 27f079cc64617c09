<?php

namespace App\Http;

use App\Facades\Telemetry;
use App\Telemetry\ReadingPoint;
use OctaneLite\Request;

final class MeterReadingController
{
    public function __construct(private string $unit)
    {
    }

    public function store(Request $request): array
    {
        $telegram = (string) $request->input('telegram', '');
        $meterId = (string) $request->input('meter_id');
        $accepted = 0;

        foreach ($this->parseTelegram($telegram) as $obis => $value) {
            Telemetry::record(new ReadingPoint(
                $meterId,
                $obis,
                $value,
                $this->unit,
                (int) $request->input('captured_at'),
                $telegram,
            ));
            $accepted++;
        }

        return ['meter' => $meterId, 'accepted' => $accepted];
    }

    /** @return array<string, float> */
    private function parseTelegram(string $telegram): array
    {
        $values = [];
        foreach (explode("\n", $telegram) as $line) {
            if (preg_match('/^(1-0:\d+\.\d+\.\d+)\(([\d.]+)\*kWh\)$/', $line, $m)) {
                $values[$m[1]] = (float) $m[2];
            }
        }

        return $values;
    }
}
