<?php
// A request subscribes a closure to the global dispatcher and removes it when the request ends.

final class Dispatcher
{
    private array $listeners = [];

    public function on(string $event, Closure $listener): void
    {
        $this->listeners[$event][spl_object_id($listener)] = $listener;
    }

    public function off(string $event, Closure $listener): void
    {
        unset($this->listeners[$event][spl_object_id($listener)]);
    }

    public function emit(string $event, mixed $payload): void
    {
        foreach ($this->listeners[$event] ?? [] as $l) {
            $l($payload);
        }
    }
}

final class RequestHandler
{
    private array $sqlLog = [];

    public function __construct(private Dispatcher $events) {}

    public function handle(int $id): int
    {
        $listener = function (string $sql): void {
            $this->sqlLog[] = $sql;
        };
        $this->events->on('query', $listener);
        try {
            $this->events->emit('query', "SELECT * FROM orders WHERE id = {$id} /* " . str_repeat('trace ', 20) . ' */');
            return count($this->sqlLog);
        } finally {
            $this->events->off('query', $listener);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$events = new Dispatcher();
for ($i = 0; $i < $n; $i++) {
    (new RequestHandler($events))->handle($i);
}
