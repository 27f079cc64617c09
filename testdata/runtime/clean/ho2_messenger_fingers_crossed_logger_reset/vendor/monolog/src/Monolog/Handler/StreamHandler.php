<?php

namespace Monolog\Handler;

use Monolog\Level;

/**
 * Writes formatted records to a stream (kept in a rolling string here).
 */
class StreamHandler implements HandlerInterface
{
    private int $written = 0;

    public function __construct(private string $url, private int $level = Level::DEBUG)
    {
    }

    public function isHandling(array $record): bool
    {
        return $record['level'] >= $this->level;
    }

    public function handle(array $record): bool
    {
        $line = sprintf("[%s] %s.%s: %s %s\n", $record['datetime']->format('c'), $record['channel'], Level::NAMES[$record['level']], $record['message'], json_encode($record['context']));
        $this->written += \strlen($line);

        return false;
    }

    public function close(): void
    {
    }
}
