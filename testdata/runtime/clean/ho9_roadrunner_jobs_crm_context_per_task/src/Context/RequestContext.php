<?php

namespace App\Context;

final class RequestContext
{
    private static ?self $current = null;
    private array $events = [];

    private function __construct(public readonly string $id) {}

    public static function begin(string $id): self
    {
        return self::$current = new self($id);
    }

    public static function current(): self
    {
        return self::$current ??= new self('cli');
    }

    public function record(string $event, array $attributes): void
    {
        $this->events[] = ['event' => $event, 'attributes' => $attributes, 'at' => microtime(true)];
    }

    public function events(): array
    {
        return $this->events;
    }
}
