<?php

declare(strict_types=1);

namespace Psr\Log
{
    interface LoggerInterface
    {
        public function debug(string $message, array $context = []): void;

        public function info(string $message, array $context = []): void;

        public function error(string $message, array $context = []): void;
    }
}

namespace Monolog
{
    use Monolog\Handler\HandlerInterface;
    use Psr\Log\LoggerInterface;

    interface ResettableInterface
    {
        public function reset(): void;
    }

    final class Level
    {
        public const DEBUG = 100;
        public const INFO = 200;
        public const WARNING = 300;
        public const ERROR = 400;
    }

    final class LogRecord
    {
        public array $extra = [];

        public function __construct(
            public readonly string $channel,
            public readonly int $level,
            public readonly string $message,
            public readonly array $context,
            public readonly int $sequence,
        ) {
        }
    }

    class Logger implements LoggerInterface, ResettableInterface
    {
        private int $sequence = 0;

        /** @param list<HandlerInterface> $handlers */
        public function __construct(
            private readonly string $name,
            private array $handlers = [],
            private array $processors = [],
        ) {
        }

        public function addRecord(int $level, string $message, array $context = []): void
        {
            $record = new LogRecord($this->name, $level, $message, $context, ++$this->sequence);
            foreach ($this->processors as $processor) {
                $record = $processor($record);
            }
            foreach ($this->handlers as $handler) {
                if ($handler->handle($record)) {
                    break;
                }
            }
        }

        public function debug(string $message, array $context = []): void
        {
            $this->addRecord(Level::DEBUG, $message, $context);
        }

        public function info(string $message, array $context = []): void
        {
            $this->addRecord(Level::INFO, $message, $context);
        }

        public function error(string $message, array $context = []): void
        {
            $this->addRecord(Level::ERROR, $message, $context);
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
}

namespace Monolog\Handler
{
    use Monolog\Level;
    use Monolog\LogRecord;
    use Monolog\ResettableInterface;

    interface HandlerInterface
    {
        public function handle(LogRecord $record): bool;
    }

    final class StreamHandler implements HandlerInterface
    {
        public int $written = 0;

        public function __construct(private readonly string $stream, private readonly int $level = Level::DEBUG)
        {
        }

        public function handle(LogRecord $record): bool
        {
            if ($record->level >= $this->level) {
                $this->written++;
            }

            return false;
        }
    }

    /**
     * Buffers all records until one reaches the activation level, then
     * writes the whole buffer so errors come with their full context.
     */
    final class FingersCrossedHandler implements HandlerInterface, ResettableInterface
    {
        /** @var list<LogRecord> */
        private array $buffer = [];
        private bool $buffering = true;

        public function __construct(
            private readonly HandlerInterface $handler,
            private readonly int $activationLevel = Level::WARNING,
            private readonly int $bufferSize = 0,
            private readonly bool $stopBuffering = true,
        ) {
        }

        public function handle(LogRecord $record): bool
        {
            if ($this->buffering) {
                $this->buffer[] = $record; // leak
                if ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
                    array_shift($this->buffer);
                }
                if ($record->level >= $this->activationLevel) {
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

            return false;
        }

        public function reset(): void
        {
            $this->buffer = [];
            $this->buffering = true;
        }
    }
}
