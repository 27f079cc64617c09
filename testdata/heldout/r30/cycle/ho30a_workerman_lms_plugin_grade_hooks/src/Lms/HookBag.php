<?php

namespace App\Lms;

/** Named hooks of one grading operation, as an LMS plugin API exposes them. */
final class HookBag
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $hook, callable $listener): void
    {
        $this->listeners[$hook][] = $listener; // leak
    }

    public function fire(string $hook, array $payload): void
    {
        foreach ($this->listeners[$hook] ?? [] as $listener) {
            $listener($payload);
        }
    }
}
