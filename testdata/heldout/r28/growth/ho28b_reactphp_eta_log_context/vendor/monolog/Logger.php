<?php
namespace Monolog\Handler {
    interface HandlerInterface
    {
        public function handle(array $record): bool;
    }

    /** Writes to stderr in production; here it only formats. */
    final class StreamHandler implements HandlerInterface
    {
        private int $written = 0;

        public function __construct(private string $stream, private string $level = 'info') {}

        public function handle(array $record): bool
        {
            $line = sprintf("[%s] %s.%s: %s %s\n", $record['datetime'], $record['channel'], $record['level_name'], $record['message'], json_encode($record['extra']));
            $this->written += strlen($line);
            return false;
        }
    }
}

namespace Monolog {

    use Monolog\Handler\HandlerInterface;

    class Logger
    {
        /** @var list<HandlerInterface> */
        protected array $handlers = [];
        /** @var list<callable> */
        protected array $processors = [];

        public function __construct(protected string $name, array $handlers = [])
        {
            $this->handlers = $handlers;
        }

        public function pushProcessor(callable $callback): static
        {
            array_unshift($this->processors, $callback); // leak
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
            $this->addRecord('INFO', $message, $context);
        }

        public function warning(string $message, array $context = []): void
        {
            $this->addRecord('WARNING', $message, $context);
        }

        protected function addRecord(string $level, string $message, array $context): void
        {
            $record = [
                'message' => $message,
                'context' => $context,
                'level_name' => $level,
                'channel' => $this->name,
                'datetime' => gmdate('Y-m-d\TH:i:s'),
                'extra' => [],
            ];
            foreach ($this->processors as $processor) {
                $record = $processor($record);
            }
            foreach ($this->handlers as $handler) {
                if ($handler->handle($record)) {
                    break;
                }
            }
        }
    }

    final class Registry
    {
        /** @var array<string, Logger> */
        private static array $loggers = [];

        public static function addLogger(Logger $logger, string $name): void
        {
            self::$loggers[$name] = $logger;
        }

        public static function getInstance(string $name): Logger
        {
            return self::$loggers[$name] ?? throw new \InvalidArgumentException("Requested \"$name\" logger instance is not in the registry");
        }
    }
}
