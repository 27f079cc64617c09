<?php

namespace App\Glossary;

/**
 * Tiny in-process event bus the glossary tools use to tell each other about
 * matched terms (highlighter, usage counter, QA checks).
 */
final class TermEventBus
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}
