<?php
// Stand-ins for monolog/monolog: a logger handing records to its handlers,
// a BufferHandler keeping records until it is closed (bufferLimit 0: all
// of them; otherwise the last bufferLimit), and a stream handler.

namespace Monolog\Handler {
    interface HandlerInterface
    {
        public function handle(array $record): bool;

        public function close(): void;
    }

    final class StreamHandler implements HandlerInterface
    {
        public function __construct(private string $url)
        {
        }

        public function handle(array $record): bool
        {
            return true; // (written to the stream)
        }

        public function close(): void
        {
        }
    }

    final class BufferHandler implements HandlerInterface
    {
        private array $buffer = [];

        public function __construct(private HandlerInterface $handler, private int $bufferLimit = 0)
        {
        }

        public function handle(array $record): bool
        {
            if ($this->bufferLimit > 0 && count($this->buffer) >= $this->bufferLimit) {
                array_shift($this->buffer);
            }
            $this->buffer[] = $record;
            return false;
        }

        public function close(): void
        {
            foreach ($this->buffer as $record) {
                $this->handler->handle($record);
            }
            $this->buffer = [];
        }
    }
}

namespace Monolog {
    use Monolog\Handler\HandlerInterface;

    final class Logger
    {
        /** @var list<HandlerInterface> */
        private array $handlers = [];

        public function __construct(private string $name)
        {
        }

        public function pushHandler(HandlerInterface $handler): self
        {
            array_unshift($this->handlers, $handler);
            return $this;
        }

        public function info(string $message, array $context = []): void
        {
            $record = ['channel' => $this->name, 'level' => 'INFO', 'message' => $message, 'context' => $context, 'datetime' => microtime(true)];
            foreach ($this->handlers as $handler) {
                $handler->handle($record);
            }
        }
    }
}
