<?php

declare(strict_types=1);

namespace Monolog;

interface HandlerInterface
{
    public function handle(array $record): bool;
}

final class StreamHandler implements HandlerInterface
{
    /** @var resource */
    private $stream;

    public function __construct(string $path, private readonly string $minLevel = 'debug')
    {
        $this->stream = fopen($path, 'ab');
    }

    public function handle(array $record): bool
    {
        $line = sprintf(
            "[%s] %s.%s: %s %s %s\n",
            $record['datetime'],
            $record['channel'],
            strtoupper($record['level']),
            $record['message'],
            json_encode($record['context']),
            json_encode($record['extra']),
        );
        fwrite($this->stream, $line);

        return false;
    }
}

class Logger
{
    /** @var list<HandlerInterface> */
    private array $handlers = [];
    /** @var list<callable(array): array> */
    private array $processors = [];

    public function __construct(private readonly string $name)
    {
    }

    public function pushHandler(HandlerInterface $handler): static
    {
        array_unshift($this->handlers, $handler);

        return $this;
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
        $this->addRecord('info', $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->addRecord('warning', $message, $context);
    }

    private function addRecord(string $level, string $message, array $context): void
    {
        $record = [
            'message' => $message,
            'context' => $context,
            'level' => $level,
            'channel' => $this->name,
            'datetime' => date(DATE_RFC3339_EXTENDED),
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
