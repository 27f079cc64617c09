<?php

namespace Monolog\Handler;

use Monolog\HandlerInterface;
use Monolog\Level;
use Monolog\LogRecord;

/**
 * Sends RFC 5424 lines to a syslog relay. The socket is stubbed: only the
 * byte count is kept.
 */
class SyslogUdpHandler implements HandlerInterface
{
    private int $bytesSent = 0;

    public function __construct(private readonly string $host, private readonly int $port = 514, private readonly string $ident = 'php', private readonly Level $level = Level::Debug)
    {
    }

    public function isHandling(LogRecord $record): bool
    {
        return $this->level->includes($record->level);
    }

    public function handle(LogRecord $record): bool
    {
        $line = sprintf('<%d>1 %s %s %s - - - %s %s', 8 + intdiv($record->level->value, 100), $record->datetime->format(\DATE_RFC3339_EXTENDED), gethostname(), $this->ident, $record->message, json_encode($record->context));
        $this->bytesSent += strlen($line);

        return false;
    }

    public function handleBatch(array $records): void
    {
        foreach ($records as $record) {
            $this->handle($record);
        }
    }
}
