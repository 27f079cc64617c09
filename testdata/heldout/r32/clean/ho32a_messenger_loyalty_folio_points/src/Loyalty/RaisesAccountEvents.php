<?php

namespace App\Loyalty;

trait RaisesAccountEvents
{
    /** @var array<string, list<callable>> */
    private array $accountListeners = [];

    protected function on(string $event, callable $listener): void
    {
        $this->accountListeners[$event][] = $listener;
    }

    protected function raise(string $event, mixed ...$payload): void
    {
        foreach ($this->accountListeners[$event] ?? [] as $listener) {
            $listener($this, ...$payload);
        }
    }
}
