<?php

namespace App\Jobs\Concerns;

/**
 * Lets a job queue side effects (notifications, cache busting) while its
 * transaction is open and run them once it has committed.
 */
trait DefersUntilCommitted
{
    private ?\SplQueue $afterCommit = null;

    protected function afterCommit(\Closure $callback): void
    {
        $this->afterCommit ??= new \SplQueue();
        $this->afterCommit->enqueue($callback); // leak
    }

    protected function runAfterCommitCallbacks(): void
    {
        if ($this->afterCommit === null) {
            return;
        }
        foreach ($this->afterCommit as $callback) {
            $callback();
        }
    }
}
