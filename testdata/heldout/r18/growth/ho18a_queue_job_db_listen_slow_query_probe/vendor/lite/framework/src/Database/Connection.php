<?php

declare(strict_types=1);

namespace Lite\Database;

use Lite\Events\Dispatcher;

class Connection
{
    private int $statements = 0;

    public function __construct(
        private readonly string $name,
        private readonly Dispatcher $events,
    ) {
    }

    public function listen(\Closure $callback): void
    {
        $this->events->listen(QueryExecuted::class, $callback);
    }

    public function getEventDispatcher(): Dispatcher
    {
        return $this->events;
    }

    /** @return list<array<string, mixed>> */
    public function select(string $sql, array $bindings = []): array
    {
        $started = hrtime(true);
        $this->statements++;
        $rows = [['id' => $bindings[0] ?? 0, 'points' => (crc32($sql) + $this->statements) % 997]];
        $elapsed = (hrtime(true) - $started) / 1e6 + strlen($sql) / 2;

        if ($this->events->hasListeners(QueryExecuted::class)) {
            $this->events->dispatch(new QueryExecuted($sql, $bindings, $elapsed, $this->name));
        }

        return $rows;
    }

    public function update(string $sql, array $bindings = []): int
    {
        $this->select($sql, $bindings);

        return 1;
    }
}
