<?php

declare(strict_types=1);

namespace Monolog;

use Monolog\Handler\AbstractProcessingHandler;

class Logger implements ResettableInterface
{
    public const DEBUG = 100;
    public const INFO = 200;
    public const NOTICE = 250;
    public const WARNING = 300;
    public const ERROR = 400;

    /**
     * @param list<AbstractProcessingHandler> $handlers
     */
    public function __construct(private string $name, private array $handlers = []) {}

    public function pushHandler(AbstractProcessingHandler $handler): self
    {
        array_unshift($this->handlers, $handler);

        return $this;
    }

    /**
     * @param array<string, mixed> $context
     */
    public function log(int $level, string $message, array $context = []): void
    {
        $record = [
            'message' => $message,
            'context' => $context,
            'level' => $level,
            'channel' => $this->name,
            'datetime' => new \DateTimeImmutable(),
            'extra' => [],
        ];
        foreach ($this->handlers as $handler) {
            if ($handler->isHandling($level) && $handler->handle($record) === true) {
                break;
            }
        }
    }

    public function info(string $message, array $context = []): void
    {
        $this->log(self::INFO, $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->log(self::WARNING, $message, $context);
    }

    public function error(string $message, array $context = []): void
    {
        $this->log(self::ERROR, $message, $context);
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
