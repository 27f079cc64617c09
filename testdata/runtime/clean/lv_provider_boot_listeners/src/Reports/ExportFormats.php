<?php

namespace App\Reports;

final class ExportFormats
{
    /** @var list<ExportFormat> */
    private static array $formats = [];

    public static function register(ExportFormat $format): void
    {
        self::$formats[] = $format;
    }

    /**
     * @return list<ExportFormat>
     */
    public static function all(): array
    {
        return self::$formats;
    }
}
