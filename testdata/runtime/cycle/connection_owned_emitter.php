<?php
// A socket connection owns an event emitter and subscribes closures that use $this.

final class EventEmitter
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function emit(string $event, mixed ...$args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class Connection
{
    private EventEmitter $events;
    private string $buffer = '';
    private bool $closed = false;

    public function __construct(public readonly string $remote)
    {
        $this->events = new EventEmitter();
        $this->events->on('data', function (string $chunk): void { // leak
            $this->buffer .= $chunk;
        });
        $this->events->on('close', function (): void { // leak
            $this->closed = true;
        });
    }

    public function receive(string $chunk): void
    {
        $this->events->emit('data', $chunk);
    }

    public function close(): void
    {
        $this->events->emit('close');
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $conn = new Connection("10.0.0.{$i}:443");
    $conn->receive("GET /status HTTP/1.1\r\n" . str_repeat('X-Pad: 1234567890' . "\r\n", 20));
    $conn->close();
}
unset($conn);
