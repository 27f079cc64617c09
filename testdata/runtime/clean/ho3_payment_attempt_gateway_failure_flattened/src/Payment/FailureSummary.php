<?php

declare(strict_types=1);

namespace Acme\Payment;

/**
 * Serializable snapshot of a gateway error, safe to keep and to log later.
 */
final class FailureSummary
{
    private function __construct(
        public readonly string $class,
        public readonly string $message,
        public readonly int $code,
        public readonly string $file,
        public readonly int $line,
        public readonly string $trace,
    ) {}

    public static function fromThrowable(\Throwable $e): self
    {
        return new self($e::class, $e->getMessage(), (int) $e->getCode(), $e->getFile(), $e->getLine(), $e->getTraceAsString());
    }
}
