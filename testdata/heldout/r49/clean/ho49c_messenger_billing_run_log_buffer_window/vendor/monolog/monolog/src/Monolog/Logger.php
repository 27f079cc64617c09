<?php

namespace Monolog;

use Monolog\Handler\HandlerInterface;
use Psr\Log\LoggerInterface;

class Logger implements LoggerInterface
{
    /** @param list<HandlerInterface> $handlers */
    public function __construct(protected string $name, protected array $handlers = [], protected array $processors = [])
    {
    }

    public function addRecord(Level $level, string $message, array $context = []): bool
    {
        $record = null;
        foreach ($this->handlers as $handler) {
            if ($record === null) {
                $record = new LogRecord(new \DateTimeImmutable(), $this->name, $level, $message, $context);
                if (!$handler->isHandling($record)) {
                    $record = null;
                    continue;
                }
                foreach ($this->processors as $processor) {
                    $record = $processor($record);
                }
            }
            if ($handler->handle($record)) {
                break;
            }
        }

        return $record !== null;
    }

    public function info(string|\Stringable $message, array $context = []): void
    {
        $this->addRecord(Level::Info, (string) $message, $context);
    }

    public function warning(string|\Stringable $message, array $context = []): void
    {
        $this->addRecord(Level::Warning, (string) $message, $context);
    }

    public function error(string|\Stringable $message, array $context = []): void
    {
        $this->addRecord(Level::Error, (string) $message, $context);
    }
}
