<?php

namespace Evenement;

/** An event emitter (library code). */
class Emitter
{
    /** @var array<string, list<\Closure>> */
    private array $listeners = [];

    public function on(string $event, \Closure $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function removeListener(string $event, \Closure $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $i => $l) {
            if ($l === $listener) {
                unset($this->listeners[$event][$i]);
            }
        }
    }

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $l) {
            $l(...$args);
        }
    }
}


/** A connection (library code). */
final class Connection extends Emitter
{
    public \ArrayObject $outbox;

    public function __construct(public readonly string $id)
    {
        $this->outbox = new \ArrayObject();
    }
}

