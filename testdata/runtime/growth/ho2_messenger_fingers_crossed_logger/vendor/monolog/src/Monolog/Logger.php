<?php

namespace Monolog;

use Monolog\Handler\HandlerInterface;
use Psr\Log\LoggerInterface;

class Logger implements LoggerInterface, ResettableInterface
{
    /** @var list<HandlerInterface> */
    private array $handlers;

    /** @var list<callable> */
    private array $processors;

    public function __construct(private string $name, array $handlers = [], array $processors = [])
    {
        $this->handlers = $handlers;
        $this->processors = $processors;
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function pushProcessor(callable $callback): static
    {
        array_unshift($this->processors, $callback);

        return $this;
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
            if ($handler->isHandling($record) && true === $handler->handle($record)) {
                break;
            }
        }

        return true;
    }

    public function reset(): void
    {
        foreach ($this->handlers as $handler) {
            if ($handler instanceof ResettableInterface) {
                $handler->reset();
            }
        }
        foreach ($this->processors as $processor) {
            if ($processor instanceof ResettableInterface) {
                $processor->reset();
            }
        }
    }

    public function error(string|\Stringable $message, array $context = []): void
    {
        $this->addRecord(Level::ERROR, (string) $message, $context);
    }

    public function warning(string|\Stringable $message, array $context = []): void
    {
        $this->addRecord(Level::WARNING, (string) $message, $context);
    }

    public function info(string|\Stringable $message, array $context = []): void
    {
        $this->addRecord(Level::INFO, (string) $message, $context);
    }

    public function debug(string|\Stringable $message, array $context = []): void
    {
        $this->addRecord(Level::DEBUG, (string) $message, $context);
    }

    public function log($level, string|\Stringable $message, array $context = []): void
    {
        $this->addRecord((int) $level, (string) $message, $context);
    }
}
