<?php

namespace App\Support;

/**
 * Lets a service queue work that must run after the response has been
 * produced (audit rows, cache warmups), then run it in one go.
 */
trait DefersCallbacks
{
    /** @var list<callable> */
    private array $deferred = [];

    public function defer(callable $callback): void
    {
        $this->deferred[] = $callback;
    }

    public function runDeferred(): int
    {
        $ran = 0;
        while ($callback = array_shift($this->deferred)) {
            $callback();
            $ran++;
        }
        return $ran;
    }
}
