<?php

namespace App\Support;

final class MachineKey
{
    /** @var array<string, true> */
    private static array $cells = [];

    public static function useCells(array $cells): void
    {
        self::$cells = array_fill_keys($cells, true);
    }

    /**
     * Builds the board key for a telemetry payload. Readings are grouped by
     * cell; the work order running on it is kept in the reading itself so
     * the operator panel can still label the spindle load curve.
     */
    public static function fromPayload(array $payload): string
    {
        $cell = strtoupper(trim((string) ($payload['cell'] ?? 'unknown')));

        return self::compose($cell);
    }

    private static function compose(string $cell): string
    {
        return isset(self::$cells[$cell]) ? $cell : 'UNASSIGNED';
    }
}
