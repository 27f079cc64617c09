<?php

namespace Monolog\Handler {
    interface HandlerInterface
    {
        public function handle(array $record): bool;
    }

    final class StreamHandler implements HandlerInterface
    {
        private int $written = 0;

        public function __construct(private string $stream, private int $level)
        {
        }

        public function handle(array $record): bool
        {
            if ($record['level'] < $this->level) {
                return false;
            }
            $this->written += strlen(json_encode($record));

            return true;
        }
    }
}

namespace Monolog {
    use Monolog\Handler\HandlerInterface;

    class Logger
    {
        public const DEBUG = 100;
        public const INFO = 200;
        public const WARNING = 300;
        public const ERROR = 400;

        /** @var list<callable> */
        protected array $processors = [];

        /** @param list<HandlerInterface> $handlers */
        public function __construct(protected string $name, protected array $handlers = [])
        {
        }

        public function pushProcessor(callable $callback): self
        {
            array_unshift($this->processors, $callback);

            return $this;
        }

        public function popProcessor(): callable
        {
            if ($this->processors === []) {
                throw new \LogicException('You tried to pop from an empty processor stack.');
            }

            return array_shift($this->processors);
        }

        public function info(string $message, array $context = []): void
        {
            $this->addRecord(self::INFO, $message, $context);
        }

        public function warning(string $message, array $context = []): void
        {
            $this->addRecord(self::WARNING, $message, $context);
        }

        public function error(string $message, array $context = []): void
        {
            $this->addRecord(self::ERROR, $message, $context);
        }

        private function addRecord(int $level, string $message, array $context): void
        {
            $record = ['channel' => $this->name, 'level' => $level, 'message' => $message, 'context' => $context, 'extra' => []];
            foreach ($this->processors as $processor) {
                $record = $processor($record);
            }
            foreach ($this->handlers as $handler) {
                $handler->handle($record);
            }
        }
    }
}
