<?php

declare(strict_types=1);

namespace Monolog\Formatter;

/**
 * Formats incoming records into a one-line string.
 */
class LineFormatter
{
    public const SIMPLE_FORMAT = "[%datetime%] %channel%.%level_name%: %message% %context% %extra%\n";

    public function __construct(
        private string $format = self::SIMPLE_FORMAT,
        private string $dateFormat = 'Y-m-d\TH:i:sP',
    ) {
    }

    /**
     * @param array<string, mixed> $record
     */
    public function format(array $record): string
    {
        return strtr($this->format, [
            '%datetime%' => $record['datetime']->format($this->dateFormat),
            '%channel%' => $record['channel'],
            '%level_name%' => $record['level_name'],
            '%message%' => $record['message'],
            '%context%' => $record['context'] ? json_encode($record['context'], JSON_UNESCAPED_SLASHES) : '',
            '%extra%' => $record['extra'] ? json_encode($record['extra'], JSON_UNESCAPED_SLASHES) : '',
        ]);
    }
}
