<?php

declare(strict_types=1);

namespace Monolog;

interface HandlerInterface
{
    public function isHandling(int $level): bool;

    public function handle(array $record): bool;
}

/** Ships formatted lines to the collector over UDP; keeps nothing. */
final class SyslogUdpHandler implements HandlerInterface
{
    private int $bytesSent = 0;

    public function __construct(private string $host, private int $level = Logger::INFO)
    {
    }

    public function isHandling(int $level): bool
    {
        return $level >= $this->level;
    }

    public function handle(array $record): bool
    {
        $line = sprintf('[%s] %s.%s: %s %s', $record['datetime'], $record['channel'], $record['level_name'], $record['message'], json_encode($record['context'] + $record['extra']));
        $this->bytesSent += strlen($line);

        return false;
    }
}

class Logger
{
    public const DEBUG = 100;
    public const INFO = 200;
    public const WARNING = 300;
    public const ERROR = 400;

    private const NAMES = [100 => 'DEBUG', 200 => 'INFO', 300 => 'WARNING', 400 => 'ERROR'];

    /** @var list<HandlerInterface> */
    private array $handlers = [];

    /** @var list<callable> */
    private array $processors = [];

    public function __construct(private string $name)
    {
    }

    public function pushHandler(HandlerInterface $handler): self
    {
        array_unshift($this->handlers, $handler);

        return $this;
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

    public function addRecord(int $level, string $message, array $context = []): bool
    {
        $handling = false;
        foreach ($this->handlers as $handler) {
            if ($handler->isHandling($level)) {
                $handling = true;
                break;
            }
        }
        if (!$handling) {
            return false;
        }
        $record = [
            'message' => $message,
            'context' => $context,
            'level' => $level,
            'level_name' => self::NAMES[$level],
            'channel' => $this->name,
            'datetime' => gmdate('Y-m-d\TH:i:s\Z'),
            'extra' => [],
        ];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        foreach ($this->handlers as $handler) {
            if ($handler->isHandling($level) && $handler->handle($record) === true) {
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

    public function warning(string $message, array $context = []): void
    {
        $this->addRecord(self::WARNING, $message, $context);
    }
}
