<?php

declare(strict_types=1);

namespace Monolog\Handler;

interface HandlerInterface
{
    public function handle(array $record): bool;
}

final class StreamHandler implements HandlerInterface
{
    public int $bytes = 0;

    public function __construct(public readonly string $url)
    {
    }

    public function handle(array $record): bool
    {
        $this->bytes += strlen(sprintf("[%s] %s.%s: %s %s\n", $record['datetime'], $record['channel'], $record['level_name'], $record['message'], json_encode($record['context'])));
        return true;
    }
}

/**
 * Buffers all records until one reaches the activation level, then flushes
 * the buffer to the wrapped handler and passes everything through.
 */
final class FingersCrossedHandler implements HandlerInterface
{
    private array $buffer = [];
    private bool $buffering = true;

    public function __construct(
        private HandlerInterface $handler,
        private int $activationLevel = 400,
        private int $bufferSize = 0,
        private bool $stopBuffering = true,
    ) {
    }

    public function handle(array $record): bool
    {
        if ($this->buffering) {
            $this->buffer[] = $record; // leak
            while ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
                array_shift($this->buffer);
            }
            if ($record['level'] >= $this->activationLevel) {
                if ($this->stopBuffering) {
                    $this->buffering = false;
                }
                foreach ($this->buffer as $buffered) {
                    $this->handler->handle($buffered);
                }
                $this->buffer = [];
            }
        } else {
            $this->handler->handle($record);
        }

        return true;
    }
}

namespace Monolog;

use Monolog\Handler\HandlerInterface;

final class Logger
{
    public const DEBUG = 100;
    public const INFO = 200;
    public const WARNING = 300;
    public const ERROR = 400;

    private const NAMES = [100 => 'DEBUG', 200 => 'INFO', 300 => 'WARNING', 400 => 'ERROR'];

    private int $sequence = 0;

    /** @param list<HandlerInterface> $handlers */
    public function __construct(private string $channel, private array $handlers = [])
    {
    }

    public function debug(string $message, array $context = []): void
    {
        $this->addRecord(self::DEBUG, $message, $context);
    }

    public function info(string $message, array $context = []): void
    {
        $this->addRecord(self::INFO, $message, $context);
    }

    public function error(string $message, array $context = []): void
    {
        $this->addRecord(self::ERROR, $message, $context);
    }

    private function addRecord(int $level, string $message, array $context): void
    {
        $record = [
            'message' => $message,
            'context' => $context,
            'level' => $level,
            'level_name' => self::NAMES[$level],
            'channel' => $this->channel,
            'datetime' => sprintf('seq-%010d', ++$this->sequence),
            'extra' => [],
        ];
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }
}
