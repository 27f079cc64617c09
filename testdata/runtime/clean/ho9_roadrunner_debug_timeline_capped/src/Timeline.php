<?php

namespace App\Debug;

final class Timeline
{
    private const MAX_EVENTS = 120;

    /** @var list<array{name: string, request: string, detail: string, at: float}> */
    private array $events = [];

    /** @param array<string, string> $events event name => detail */
    public function recordRequest(string $requestId, array $events): void
    {
        foreach ($events as $name => $detail) {
            $this->events[] = ['name' => $name, 'request' => $requestId, 'detail' => $detail, 'at' => microtime(true)];
        }
        while (count($this->events) > self::MAX_EVENTS) {
            array_shift($this->events);
        }
    }

    public function count(): int
    {
        return count($this->events);
    }
}
