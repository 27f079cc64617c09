<?php
// A connection's listeners capture the connection with use ($conn); close() removes all listeners, so nothing stays linked.

final class Connection
{
    /** @var array<string, list<Closure>> */
    private array $listeners = [];
    public string $buffer = '';

    public function __construct(public readonly int $fd) {}

    public function on(string $event, Closure $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, mixed ...$args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }

    public function close(): void
    {
        $this->emit('close');
        $this->listeners = [];
    }
}

function serve(int $fd): int
{
    $conn = new Connection($fd);
    $conn->on('data', static function (string $chunk) use ($conn): void {
        $conn->buffer .= $chunk;
    });
    $conn->on('close', static function () use ($conn): void {
        $conn->buffer = '';
    });
    $conn->emit('data', str_repeat('{"tick":1}', 60));
    $conn->close();
    return $fd;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    serve($i);
}
