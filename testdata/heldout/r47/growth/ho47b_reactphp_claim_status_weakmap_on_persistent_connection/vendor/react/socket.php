<?php

namespace Evenement;

trait EventEmitterTrait
{
    protected array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
    }

    public function removeAllListeners(?string $event = null): void
    {
        if ($event === null) {
            $this->listeners = [];
        } else {
            unset($this->listeners[$event]);
        }
    }
}

namespace React\Socket;

use Evenement\EventEmitterTrait;
use React\EventLoop\Loop;

interface ConnectionInterface
{
    public function on(string $event, callable $listener): void;

    public function write(string $data): bool;

    public function getRemoteAddress(): ?string;
}

final class Connection implements ConnectionInterface
{
    use EventEmitterTrait;

    private int $bytesWritten = 0;

    public function __construct(private string $remote)
    {
    }

    public function write(string $data): bool
    {
        $this->bytesWritten += strlen($data);
        return true;
    }

    public function getRemoteAddress(): ?string
    {
        return $this->remote;
    }

    /** Used by the server stand-in to feed what the peer sent. */
    public function receive(string $chunk): void
    {
        $this->emit('data', [$chunk]);
    }

    public function close(): void
    {
        $this->emit('close');
        $this->removeAllListeners();
    }
}

/**
 * Stand-in for a SocketServer: the front-desk dashboards of the clinic keep
 * their connections open all day; the server replays the lines they send.
 */
final class SocketServer
{
    use EventEmitterTrait;

    /** @param \Closure(int): string $lines */
    public function __construct(private string $uri, private int $clients, private int $messages, private \Closure $lines)
    {
    }

    /** @var list<Connection> */
    private array $connections = [];

    public function listen(): void
    {
        for ($c = 0; $c < $this->clients; $c++) {
            $this->connections[$c] = new Connection(sprintf('tcp://10.20.0.%d:%d', 11 + $c, 50000 + $c));
            $this->emit('connection', [$this->connections[$c]]);
        }
        Loop::futureTick(fn () => $this->feed(1));
    }

    private function feed(int $i): void
    {
        if ($i > $this->messages) {
            return;
        }
        $this->connections[$i % count($this->connections)]->receive(($this->lines)($i));
        Loop::futureTick(fn () => $this->feed($i + 1));
    }
}
