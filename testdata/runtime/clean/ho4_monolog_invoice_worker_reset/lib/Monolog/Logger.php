<?php

declare(strict_types=1);

namespace Monolog;

use Monolog\Handler\HandlerInterface;

/**
 * Monolog log channel
 *
 * It contains a stack of Handlers and a stack of Processors,
 * and uses them to store records that are added to it.
 */
class Logger implements ResettableInterface
{
    public const DEBUG = 100;
    public const INFO = 200;
    public const NOTICE = 250;
    public const WARNING = 300;
    public const ERROR = 400;
    public const CRITICAL = 500;

    /** @var array<int, string> */
    protected static array $levels = [
        self::DEBUG => 'DEBUG',
        self::INFO => 'INFO',
        self::NOTICE => 'NOTICE',
        self::WARNING => 'WARNING',
        self::ERROR => 'ERROR',
        self::CRITICAL => 'CRITICAL',
    ];

    /**
     * @param list<HandlerInterface> $handlers
     * @param list<callable>         $processors
     */
    public function __construct(
        protected string $name,
        protected array $handlers = [],
        protected array $processors = [],
        protected ?\DateTimeZone $timezone = null,
    ) {
        $this->timezone ??= new \DateTimeZone('UTC');
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function pushHandler(HandlerInterface $handler): self
    {
        array_unshift($this->handlers, $handler);

        return $this;
    }

    /**
     * @param array<string, mixed> $context
     */
    public function addRecord(int $level, string $message, array $context = []): bool
    {
        $record = [
            'message' => $message,
            'context' => $context,
            'level' => $level,
            'level_name' => static::$levels[$level],
            'channel' => $this->name,
            'datetime' => new \DateTimeImmutable('now', $this->timezone),
            'extra' => [],
        ];

        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }

        foreach ($this->handlers as $handler) {
            if ($handler->isHandling($record) && $handler->handle($record) === true) {
                break;
            }
        }

        return true;
    }

    /**
     * Ends a log cycle and frees all resources used by handlers.
     */
    public function close(): void
    {
        foreach ($this->handlers as $handler) {
            $handler->close();
        }
    }

    /**
     * Ends a log cycle and resets all handlers and processors to their initial state.
     */
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

    /**
     * @param array<string, mixed> $context
     */
    public function debug(string $message, array $context = []): void
    {
        $this->addRecord(static::DEBUG, $message, $context);
    }

    /**
     * @param array<string, mixed> $context
     */
    public function info(string $message, array $context = []): void
    {
        $this->addRecord(static::INFO, $message, $context);
    }

    /**
     * @param array<string, mixed> $context
     */
    public function warning(string $message, array $context = []): void
    {
        $this->addRecord(static::WARNING, $message, $context);
    }

    /**
     * @param array<string, mixed> $context
     */
    public function error(string $message, array $context = []): void
    {
        $this->addRecord(static::ERROR, $message, $context);
    }
}
