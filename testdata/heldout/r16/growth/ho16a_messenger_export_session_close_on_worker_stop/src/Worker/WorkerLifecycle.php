<?php

declare(strict_types=1);

namespace Shop\Worker;

/**
 * Hooks owned by the consumer process. `afterMessage` callbacks run once the
 * current envelope is acked; `onStop` callbacks run when the worker exits
 * (time limit, memory limit, SIGTERM).
 */
final class WorkerLifecycle
{
    /** @var list<\Closure> */
    private array $afterMessage = [];
    /** @var list<\Closure> */
    private array $stopHooks = [];

    public function afterMessage(\Closure $hook): void
    {
        $this->afterMessage[] = $hook;
    }

    public function onStop(\Closure $hook): void
    {
        $this->stopHooks[] = $hook; // leak
    }

    public function messageHandled(): void
    {
        $hooks = $this->afterMessage;
        $this->afterMessage = [];
        foreach ($hooks as $hook) {
            $hook();
        }
    }

    public function stop(): void
    {
        foreach (array_reverse($this->stopHooks) as $hook) {
            $hook();
        }
        $this->stopHooks = [];
    }
}
