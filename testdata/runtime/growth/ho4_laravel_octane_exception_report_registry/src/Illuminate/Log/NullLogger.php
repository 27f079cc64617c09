<?php

namespace Illuminate\Log;

/**
 * The "null" log channel used by the worker's testing environment.
 */
class NullLogger
{
    /** @var array<string, int> */
    protected array $levels = [];

    /**
     * @param array<string, mixed> $context
     */
    public function log(string $level, string $message, array $context = []): void
    {
        $this->levels[$level] = ($this->levels[$level] ?? 0) + 1;
    }

    /**
     * @param array<string, mixed> $context
     */
    public function error(string $message, array $context = []): void
    {
        $this->log('error', $message, $context);
    }
}
