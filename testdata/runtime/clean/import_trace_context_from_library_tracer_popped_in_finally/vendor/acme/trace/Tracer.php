<?php

namespace Acme\Trace;

/** Stand-in for a tracing SDK: one tracer per process, a stack of contexts. */
final class Tracer
{
    private static ?Tracer $instance = null;

    /** @var list<array<string, mixed>> */
    private array $contexts = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function pushContext(array $attributes): void
    {
        $this->contexts[] = $attributes;
    }

    public function popContext(): void
    {
        array_pop($this->contexts);
    }

    public function event(string $name): void
    {
    }
}
