<?php

declare(strict_types=1);

namespace Monolog\Handler;

interface HandlerInterface
{
    public function handle(array $record): bool;

    public function reset(): void;
}

final class StreamHandler implements HandlerInterface
{
    /** @var resource|null */
    private $stream = null;

    public function __construct(private string $url, private int $level = 100)
    {
    }

    public function handle(array $record): bool
    {
        if ($record['level'] < $this->level) {
            return false;
        }
        $this->stream ??= fopen($this->url, 'a');
        fwrite($this->stream, sprintf("[%s] %s.%s: %s %s\n", $record['datetime']->format(DATE_ATOM), $record['channel'], $record['level_name'], $record['message'], json_encode($record['context'])));

        return true;
    }

    public function reset(): void
    {
    }
}

/** Buffers every record until one reaches the action level, then replays the buffer. */
final class FingersCrossedHandler implements HandlerInterface
{
    private array $buffer = [];
    private bool $buffering = true;

    public function __construct(
        private HandlerInterface $handler,
        private int $activationLevel = 400,
        private int $bufferSize = 0,
    ) {
    }

    public function handle(array $record): bool
    {
        if (!$this->buffering) {
            return $this->handler->handle($record);
        }

        $this->buffer[] = $record;
        if ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
            array_shift($this->buffer);
        }

        if ($record['level'] >= $this->activationLevel) {
            $this->buffering = false;
            foreach ($this->buffer as $buffered) {
                $this->handler->handle($buffered);
            }
            $this->buffer = [];
        }

        return false;
    }

    public function reset(): void
    {
        $this->buffer = [];
        $this->buffering = true;
        $this->handler->reset();
    }
}

namespace Monolog;

use Monolog\Handler\HandlerInterface;

class Logger
{
    private const LEVELS = [100 => 'DEBUG', 200 => 'INFO', 250 => 'NOTICE', 300 => 'WARNING', 400 => 'ERROR'];

    /** @param list<HandlerInterface> $handlers */
    public function __construct(private string $name, private array $handlers = [])
    {
    }

    public function log(int $level, string $message, array $context = []): void
    {
        $record = [
            'message' => $message,
            'context' => $context,
            'level' => $level,
            'level_name' => self::LEVELS[$level],
            'channel' => $this->name,
            'datetime' => new \DateTimeImmutable(),
            'extra' => ['memory_peak' => memory_get_peak_usage(true)],
        ];
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }

    public function info(string $message, array $context = []): void
    {
        $this->log(200, $message, $context);
    }

    public function debug(string $message, array $context = []): void
    {
        $this->log(100, $message, $context);
    }

    public function error(string $message, array $context = []): void
    {
        $this->log(400, $message, $context);
    }

    public function reset(): void
    {
        foreach ($this->handlers as $handler) {
            $handler->reset();
        }
    }
}
