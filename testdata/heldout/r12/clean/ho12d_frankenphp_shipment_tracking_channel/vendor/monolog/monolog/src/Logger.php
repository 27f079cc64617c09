<?php

declare(strict_types=1);

namespace Monolog;

/*
 * Minimal stand-in for monolog/monolog 3.x: Logger, LogRecord and the handlers the app configures.
 */

interface ResettableInterface
{
    public function reset(): void;
}

final class LogRecord
{
    /** @param array<string, mixed> $context */
    public function __construct(
        public readonly \DateTimeImmutable $datetime,
        public readonly string $channel,
        public readonly int $level,
        public readonly string $message,
        public readonly array $context = [],
        public readonly array $extra = [],
    ) {
    }
}

interface HandlerInterface
{
    public function handle(LogRecord $record): bool;

    public function close(): void;
}

final class SyslogUdpHandler implements HandlerInterface
{
    private int $datagrams = 0;

    public function __construct(private string $host, private int $port = 514, private string $ident = 'php')
    {
    }

    public function handle(LogRecord $record): bool
    {
        $line = sprintf('<%d>1 %s %s %s - - %s %s', $record->level, $record->datetime->format(\DATE_RFC3339), $this->host, $this->ident, $record->message, json_encode($record->context));
        $this->datagrams += \strlen($line) > 0 ? 1 : 0;

        return true;
    }

    public function close(): void
    {
    }
}

final class BufferHandler implements HandlerInterface, ResettableInterface
{
    /** @var list<LogRecord> */
    private array $buffer = [];

    /**
     * @param int $bufferLimit how many records to buffer before flushing (0 = unlimited)
     */
    public function __construct(private HandlerInterface $handler, private int $bufferLimit = 0, private bool $flushOnOverflow = false)
    {
    }

    public function handle(LogRecord $record): bool
    {
        if ($this->bufferLimit > 0 && \count($this->buffer) === $this->bufferLimit) {
            if ($this->flushOnOverflow) {
                $this->flush();
            } else {
                array_shift($this->buffer);
            }
        }

        $this->buffer[] = $record;

        return false;
    }

    public function flush(): void
    {
        foreach ($this->buffer as $record) {
            $this->handler->handle($record);
        }
        $this->buffer = [];
    }

    public function close(): void
    {
        $this->flush();
        $this->handler->close();
    }

    public function reset(): void
    {
        $this->flush();
    }

    public function __destruct()
    {
        $this->close();
    }
}

final class Logger implements ResettableInterface
{
    public const INFO = 200;
    public const WARNING = 300;

    /** @param list<HandlerInterface> $handlers */
    public function __construct(private string $name, private array $handlers = [])
    {
    }

    /** @param array<string, mixed> $context */
    public function info(string $message, array $context = []): void
    {
        $this->addRecord(self::INFO, $message, $context);
    }

    /** @param array<string, mixed> $context */
    public function warning(string $message, array $context = []): void
    {
        $this->addRecord(self::WARNING, $message, $context);
    }

    /** @param array<string, mixed> $context */
    private function addRecord(int $level, string $message, array $context): void
    {
        $record = new LogRecord(new \DateTimeImmutable(), $this->name, $level, $message, $context);
        foreach ($this->handlers as $handler) {
            if ($handler->handle($record) === true) {
                break;
            }
        }
    }

    public function reset(): void
    {
        foreach ($this->handlers as $handler) {
            if ($handler instanceof ResettableInterface) {
                $handler->reset();
            }
        }
    }
}
