<?php
// Stripped-down monolog/monolog: logger, stream handler and buffer handler.

namespace Monolog\Handler {
    interface HandlerInterface { public function handle(array $record): bool; }

    class StreamHandler implements HandlerInterface
    {
        private $stream;
        public function __construct(string $url) { $this->stream = fopen($url, 'a'); }
        public function handle(array $record): bool { return (bool) fwrite($this->stream, $record['message'] . "\n"); }
    }

    class BufferHandler implements HandlerInterface
    {
        private array $buffer = [];

        public function __construct(private HandlerInterface $handler, private int $bufferLimit = 0, private bool $flushOnOverflow = false) {}

        public function handle(array $record): bool
        {
            if ($this->bufferLimit > 0 && count($this->buffer) >= $this->bufferLimit) {
                $this->flushOnOverflow ? $this->flush() : array_shift($this->buffer);
            }
            $this->buffer[] = $record; // leak
            return true;
        }

        public function flush(): void
        {
            array_map([$this->handler, 'handle'], $this->buffer);
            $this->buffer = [];
        }

        public function __destruct() { $this->flush(); }
    }
}

namespace Monolog {
    class Logger
    {
        /** @param list<Handler\HandlerInterface> $handlers */
        public function __construct(private string $name, private array $handlers = []) {}

        public function info(string $message, array $context = []): void
        {
            $record = ['channel' => $this->name, 'level' => 200, 'message' => $message, 'context' => $context, 'datetime' => new \DateTimeImmutable()];
            foreach ($this->handlers as $handler) {
                $handler->handle($record);
            }
        }
    }
}
