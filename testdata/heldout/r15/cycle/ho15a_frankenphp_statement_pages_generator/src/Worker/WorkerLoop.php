<?php

declare(strict_types=1);

namespace Bank\Worker;

/**
 * Stand-in for `while (frankenphp_handle_request($handler)) { ... }`.
 */
final class WorkerLoop
{
    private int $handled = 0;

    /**
     * @param \Closure(array): array $handler
     */
    public function __construct(private readonly \Closure $handler)
    {
    }

    public function run(iterable $requests): void
    {
        foreach ($requests as $server) {
            ($this->handler)($server);
            $this->handled++;
        }
    }
}
