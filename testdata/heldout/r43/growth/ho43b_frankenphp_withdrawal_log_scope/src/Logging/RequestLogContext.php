<?php

namespace App\Logging;

use Monolog\LogRecord;

/**
 * Nested logging scopes: code pushes what it is working on, and every log
 * line written meanwhile carries it in "extra".
 */
final class RequestLogContext
{
    private static ?self $instance = null;

    /** @var list<array<string, scalar>> */
    private array $frames = [];

    public static function current(): self
    {
        return self::$instance ??= new self();
    }

    public function push(array $frame): int
    {
        $this->frames[] = $frame; // leak

        return count($this->frames);
    }

    public function pop(): void
    {
        array_pop($this->frames);
    }

    public function __invoke(LogRecord $record): LogRecord
    {
        $record->extra = array_merge($record->extra, ...$this->frames);

        return $record;
    }
}
