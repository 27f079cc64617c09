<?php

namespace Monolog;

use Monolog\Handler\HandlerInterface;

class Logger
{
    public const DEBUG = 100;
    public const INFO = 200;
    public const WARNING = 300;
    public const ERROR = 400;

    /** @var list<callable(array): array> */
    protected array $processors = [];

    /** @param list<HandlerInterface> $handlers */
    public function __construct(protected string $name, protected array $handlers = [])
    {
    }

    public function pushProcessor(callable $callback): static
    {
        array_unshift($this->processors, $callback);

        return $this;
    }

    public function withName(string $name): static
    {
        $new = clone $this;
        $new->name = $name;

        return $new;
    }

    public function addRecord(int $level, string $message, array $context = []): bool
    {
        $record = [
            'message' => $message,
            'context' => $context,
            'level' => $level,
            'channel' => $this->name,
            'datetime' => new \DateTimeImmutable(),
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

        return true;
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
}
