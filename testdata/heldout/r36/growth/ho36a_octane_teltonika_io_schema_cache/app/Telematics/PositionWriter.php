<?php

namespace App\Telematics;

final class PositionWriter
{
    private int $written = 0;
    private ?array $lastRow = null;

    public function write(string $imei, array $records): int
    {
        foreach ($records as $record) {
            $this->lastRow = ['imei' => $imei] + $record;
            $this->written++;
        }

        return count($records);
    }
}
