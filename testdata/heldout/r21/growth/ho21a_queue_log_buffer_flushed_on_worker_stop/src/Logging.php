<?php

declare(strict_types=1);

namespace App\Logging;

enum Level: int
{
    case Debug = 100;
    case Info = 200;
    case Warning = 300;
    case Error = 400;
}

interface HandlerInterface
{
    public function handle(array $record): void;
}

final class ArrayTransport implements HandlerInterface
{
    private int $written = 0;

    public function handle(array $record): void
    {
        // stands in for a socket/syslog write; only counts
        $this->written++;
    }
}

/**
 * Keeps every record of the current unit of work and forwards them all
 * once something at or above the action level shows up.
 */
final class FingersCrossedHandler implements HandlerInterface
{
    /** @var list<array> */
    private array $buffer = [];
    private bool $active = false;

    public function __construct(
        private readonly HandlerInterface $inner,
        private readonly Level $actionLevel = Level::Error,
    ) {
    }

    public function handle(array $record): void
    {
        if ($this->active) {
            $this->inner->handle($record);
            return;
        }
        $this->buffer[] = $record; // leak
        if ($record['level']->value >= $this->actionLevel->value) {
            $this->active = true;
            foreach ($this->buffer as $buffered) {
                $this->inner->handle($buffered);
            }
            $this->buffer = [];
        }
    }

    public function clear(): void
    {
        $this->buffer = [];
        $this->active = false;
    }
}

final class Logger
{
    /** @param list<HandlerInterface> $handlers */
    public function __construct(private readonly string $channel, private array $handlers)
    {
    }

    public function info(string $message, array $context = []): void
    {
        $this->log(Level::Info, $message, $context);
    }

    public function debug(string $message, array $context = []): void
    {
        $this->log(Level::Debug, $message, $context);
    }

    public function reset(): void
    {
        foreach ($this->handlers as $handler) {
            if ($handler instanceof FingersCrossedHandler) {
                $handler->clear();
            }
        }
    }

    private function log(Level $level, string $message, array $context): void
    {
        $record = [
            'channel' => $this->channel,
            'level' => $level,
            'message' => $message,
            'context' => $context,
            'datetime' => new \DateTimeImmutable(),
        ];
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }
}
