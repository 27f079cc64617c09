<?php

namespace Monolog;

enum Level: int
{
    case Debug = 100;
    case Info = 200;
    case Notice = 250;
    case Warning = 300;
    case Error = 400;
    case Critical = 500;

    public function includes(Level $level): bool
    {
        return $this->value <= $level->value;
    }

    public static function fromName(string $name): self
    {
        return constant(self::class . '::' . ucfirst(strtolower($name)));
    }
}

final class LogRecord
{
    public function __construct(
        public readonly \DateTimeImmutable $datetime,
        public readonly string $channel,
        public readonly Level $level,
        public readonly string $message,
        public readonly array $context = [],
        public array $extra = [],
    ) {
    }
}

interface HandlerInterface
{
    public function isHandling(LogRecord $record): bool;

    public function handle(LogRecord $record): bool;

    public function handleBatch(array $records): void;
}

class Logger
{
    /** @var HandlerInterface[] */
    private array $handlers;

    public function __construct(private readonly string $name, array $handlers = [])
    {
        $this->handlers = $handlers;
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function addRecord(Level $level, string $message, array $context = []): bool
    {
        $record = new LogRecord(new \DateTimeImmutable(), $this->name, $level, $message, $context);

        foreach ($this->handlers as $handler) {
            if (!$handler->isHandling($record)) {
                continue;
            }
            if (true === $handler->handle($record)) {
                break;
            }
        }

        return true;
    }

    public function debug(string $message, array $context = []): void
    {
        $this->addRecord(Level::Debug, $message, $context);
    }

    public function info(string $message, array $context = []): void
    {
        $this->addRecord(Level::Info, $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->addRecord(Level::Warning, $message, $context);
    }

    public function error(string $message, array $context = []): void
    {
        $this->addRecord(Level::Error, $message, $context);
    }
}
