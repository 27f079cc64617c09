<?php

declare(strict_types=1);

namespace App\Telemetry;

final class ReadingDecoder
{
    /** @var array<string, array<string, string>> field maps per device model */
    private static array $schemas = [];

    /** @var array<string, array<string, float|string>> */
    private static array $decoded = [];

    public static function loadSchemas(string $json): void
    {
        self::$schemas = json_decode($json, true);
    }

    public static function decode(string $frame): array
    {
        return self::$decoded[$frame] ??= self::parse($frame); // leak
    }

    private static function parse(string $frame): array
    {
        [$device, $model, $values] = explode('|', $frame, 3);
        $reading = ['device' => $device, 'model' => $model];
        foreach (explode(';', $values) as $pair) {
            [$code, $value] = explode('=', $pair, 2);
            $reading[self::$schemas[$model][$code] ?? $code] = (float) $value;
        }

        return $reading;
    }
}
