<?php

namespace Acme\Logging;

final class LogRecord
{
    public function __construct(
        public readonly string $channel,
        public readonly string $level,
        public readonly string $message,
        public readonly array $context,
        public readonly \DateTimeImmutable $datetime,
    ) {}
}

final class Logger
{
    /** @var LogRecord[] kept for the debug bar and for test assertions */
    private array $records = [];

    private int $minLevel;

    private const LEVELS = ['debug' => 100, 'info' => 200, 'warning' => 300, 'error' => 400];

    public function __construct(private string $channel, string $minLevel = 'debug')
    {
        $this->minLevel = self::LEVELS[$minLevel];
    }

    public function info(string $message, array $context = []): void
    {
        $this->log('info', $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->log('warning', $message, $context);
    }

    public function error(string $message, array $context = []): void
    {
        $this->log('error', $message, $context);
    }

    public function log(string $level, string $message, array $context = []): void
    {
        if (self::LEVELS[$level] < $this->minLevel) {
            return;
        }
        $this->records[] = new LogRecord($this->channel, $level, $this->interpolate($message, $context), $context, new \DateTimeImmutable());
    }

    public function getRecords(): array
    {
        return $this->records;
    }

    private function interpolate(string $message, array $context): string
    {
        $replace = [];
        foreach ($context as $key => $value) {
            if (is_scalar($value)) {
                $replace['{' . $key . '}'] = (string) $value;
            }
        }
        return strtr($message, $replace);
    }
}
