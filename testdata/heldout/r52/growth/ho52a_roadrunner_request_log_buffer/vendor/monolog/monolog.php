<?php
// Stand-ins for the Monolog 3 classes the app wires together.

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

    interface ResettableInterface
    {
        public function reset(): void;
    }

    class Logger implements ResettableInterface
    {
        public const DEBUG = 100;
        public const INFO = 200;
        public const WARNING = 300;

        /** @var list<Handler\HandlerInterface> */
        private array $handlers = [];
        /** @var list<callable> */
        private array $processors = [];

        public function __construct(private string $name)
        {
        }

        public function pushHandler(Handler\HandlerInterface $handler): self
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
            $this->addRecord(self::INFO, $message, $context);
        }

        public function debug(string $message, array $context = []): void
        {
            $this->addRecord(self::DEBUG, $message, $context);
        }

        public function addRecord(int $level, string $message, array $context = []): void
        {
            $record = new LogRecord(new \DateTimeImmutable(), $this->name, $level, $message, $context);
            foreach ($this->processors as $processor) {
                $record = $processor($record);
            }
            foreach ($this->handlers as $handler) {
                if ($handler->handle($record)) {
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
}

namespace Monolog\Handler {
    use Monolog\LogRecord;
    use Monolog\ResettableInterface;

    interface HandlerInterface
    {
        public function handle(LogRecord $record): bool;
        public function close(): void;
    }

    class StreamHandler implements HandlerInterface
    {
        private $stream;
        private int $written = 0;

        public function __construct(string $url)
        {
            $this->stream = fopen($url, 'a');
        }

        public function handle(LogRecord $record): bool
        {
            $this->written += (int) fwrite($this->stream, sprintf(
                "[%s] %s.%d: %s %s\n",
                $record->datetime->format(DATE_ATOM),
                $record->channel,
                $record->level,
                $record->message,
                json_encode($record->context + $record->extra),
            ));
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
            if (is_resource($this->stream)) {
                fclose($this->stream);
            }
        }
    }

    /**
     * Buffers all records until closing the handler and then passes them as
     * batch. $bufferLimit = 0 means unlimited; when the limit is reached the
     * oldest record is dropped unless $flushOnOverflow is set.
     */
    class BufferHandler implements HandlerInterface, ResettableInterface
    {
        /** @var list<LogRecord> */
        protected array $buffer = [];
        protected int $bufferSize = 0;

        public function __construct(
            protected StreamHandler $handler,
            protected int $bufferLimit = 0,
            protected bool $flushOnOverflow = false,
        ) {
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
            return false;
        }

        public function flush(): void
        {
            if ($this->bufferSize === 0) {
                return;
            }
            $this->handler->handleBatch($this->buffer);
            $this->buffer = [];
            $this->bufferSize = 0;
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
}

namespace Monolog\Processor {
    use Monolog\LogRecord;

    final class UidProcessor
    {
        public function __invoke(LogRecord $record): LogRecord
        {
            $record->extra['uid'] = bin2hex(random_bytes(7));
            return $record;
        }
    }
}
