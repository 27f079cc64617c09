<?php

namespace App\Support;

final class MachineKey
{
    /**
     * Builds the board key for a telemetry payload. Readings are grouped by
     * the cell and the work order running on it, so the operator panel can
     * show the spindle load curve of the current order.
     */
    public static function fromPayload(array $payload): string
    {
        $cell = strtoupper(trim((string) ($payload['cell'] ?? 'unknown')));
        $order = (string) ($payload['work_order'] ?? '-');

        return self::compose($cell, $order);
    }

    private static function compose(string $cell, string $order): string
    {
        return sprintf('%s/%s', $cell, $order);
    }
}
