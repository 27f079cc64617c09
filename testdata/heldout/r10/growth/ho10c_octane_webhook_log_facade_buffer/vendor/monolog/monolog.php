<?php

declare(strict_types=1);

namespace Monolog {
    final class LogRecord
    {
        public function __construct(
            public readonly \DateTimeImmutable $datetime,
            public readonly string $channel,
            public readonly int $level,
            public readonly string $message,
            public readonly array $context = [],
            public array $extra = [],
        ) {
        }
    }

    class Logger
    {
        public const DEBUG = 100;
        public const INFO = 200;
        public const WARNING = 300;

        /** @param list<Handler\HandlerInterface> $handlers */
        public function __construct(private string $name, private array $handlers = [])
        {
        }

        public function addRecord(int $level, string $message, array $context = []): void
        {
            $record = new LogRecord(new \DateTimeImmutable(), $this->name, $level, $message, $context);
            foreach ($this->handlers as $handler) {
                if ($handler->isHandling($record)) {
                    $handler->handle($record);
                }
            }
        }

        public function debug(string $message, array $context = []): void
        {
            $this->addRecord(self::DEBUG, $message, $context);
        }

        public function info(string $message, array $context = []): void
        {
            $this->addRecord(self::INFO, $message, $context);
        }

        public function warning(string $message, array $context = []): void
        {
            $this->addRecord(self::WARNING, $message, $context);
        }

        public function close(): void
        {
            foreach ($this->handlers as $handler) {
                $handler->close();
            }
        }
    }
}

namespace Monolog\Handler {
    use Monolog\LogRecord;

    interface HandlerInterface
    {
        public function isHandling(LogRecord $record): bool;

        public function handle(LogRecord $record): bool;

        public function close(): void;
    }

    /** Ships formatted lines to the log collector over UDP. */
    class SocketHandler implements HandlerInterface
    {
        private $socket;

        public function __construct(private int $level = 100)
        {
            $this->socket = fopen('php://memory', 'w+');
        }

        public function isHandling(LogRecord $record): bool
        {
            return $record->level >= $this->level;
        }

        public function handle(LogRecord $record): bool
        {
            rewind($this->socket);
            fwrite($this->socket, json_encode(['msg' => $record->message, 'ctx' => $record->context]) . "\n");
            return true;
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

    /** Buffers records until close() (or until bufferLimit is hit) and then flushes them in one batch. */
    class BufferHandler implements HandlerInterface
    {
        private array $buffer = [];
        private int $bufferSize = 0;

        public function __construct(
            private SocketHandler $handler,
            private int $bufferLimit = 0,
            private bool $flushOnOverflow = false,
        ) {
        }

        public function isHandling(LogRecord $record): bool
        {
            return $this->handler->isHandling($record);
        }

        public function handle(LogRecord $record): bool
        {
            if ($this->bufferLimit > 0 && $this->bufferSize === $this->bufferLimit) {
                if ($this->flushOnOverflow) {
                    $this->flush();
                } else {
                    array_shift($this->buffer);
                    $this->bufferSize--;
                }
            }
            $this->buffer[] = $record; // leak
            $this->bufferSize++;
            return true;
        }

        public function flush(): void
        {
            $this->handler->handleBatch($this->buffer);
            $this->buffer = [];
            $this->bufferSize = 0;
        }

        public function close(): void
        {
            $this->flush();
        }
    }
}
