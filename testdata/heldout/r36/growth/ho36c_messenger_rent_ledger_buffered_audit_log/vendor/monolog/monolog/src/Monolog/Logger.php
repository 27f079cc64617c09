<?php

namespace Monolog;

use Monolog\Handler\HandlerInterface;

class Logger
{
    public const INFO = 200;
    public const WARNING = 300;

    /** @var list<HandlerInterface> */
    private array $handlers = [];

    public function __construct(private string $name)
    {
    }

    public function pushHandler(HandlerInterface $handler): static
    {
        array_unshift($this->handlers, $handler);
        return $this;
    }

    public function info(string $message, array $context = []): void
    {
        $this->addRecord(self::INFO, 'INFO', $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->addRecord(self::WARNING, 'WARNING', $message, $context);
    }

    private function addRecord(int $level, string $levelName, string $message, array $context): void
    {
        $record = [
            'message' => $message,
            'context' => $context,
            'level' => $level,
            'level_name' => $levelName,
            'channel' => $this->name,
            'datetime' => new \DateTimeImmutable(),
            'extra' => [],
        ];
        foreach ($this->handlers as $handler) {
            if ($handler->handle($record) === true) {
                break;
            }
        }
    }

    public function reset(): void
    {
        foreach ($this->handlers as $handler) {
            if (method_exists($handler, 'reset')) {
                $handler->reset();
            }
        }
    }

    public function close(): void
    {
        foreach ($this->handlers as $handler) {
            $handler->close();
        }
    }
}
