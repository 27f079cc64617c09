<?php

namespace Monolog\Handler;

use Monolog\Level;
use Monolog\LogRecord;

/** Stand-in StreamHandler: formats the line; the write itself is simulated. */
class StreamHandler implements HandlerInterface
{
    private int $bytesWritten = 0;

    public function __construct(private string $url, private Level $level = Level::Debug)
    {
    }

    public function isHandling(LogRecord $record): bool
    {
        return !$record->level->isLowerThan($this->level);
    }

    public function handle(LogRecord $record): bool
    {
        $line = sprintf(
            "[%s] %s.%s: %s %s\n",
            $record->datetime->format('Y-m-d\TH:i:s.uP'),
            $record->channel,
            $record->level->name,
            $record->message,
            json_encode($record->context),
        );
        $this->bytesWritten += strlen($line);

        return false;
    }

    public function handleBatch(array $records): void
    {
        foreach ($records as $record) {
            $this->handle($record);
        }
    }

    public function close(): void
    {
    }
}
