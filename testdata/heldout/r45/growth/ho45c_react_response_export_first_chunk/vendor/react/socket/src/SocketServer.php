<?php

namespace React\Socket;

use React\EventLoop\Loop;
use React\EventLoop\LoopInterface;

interface ConnectionInterface
{
    public function getRemoteAddress(): ?string;

    public function read(): string;

    public function end(string $data = ''): void;
}

interface ServerInterface
{
    public function on(string $event, callable $listener): void;

    public function getAddress(): ?string;

    public function close(): void;
}

final class Connection implements ConnectionInterface
{
    private int $written = 0;

    public function __construct(private string $remote, private string $buffer)
    {
    }

    public function getRemoteAddress(): ?string
    {
        return $this->remote;
    }

    public function read(): string
    {
        return $this->buffer;
    }

    public function end(string $data = ''): void
    {
        $this->written += strlen($data);
        $this->buffer = '';
    }
}

/**
 * Accepts connections on the loop. With the "replay" context option the
 * server feeds recorded raw requests instead of listening on a real port
 * (used for soak runs); it accepts PHPLEAK_N of them.
 */
final class SocketServer implements ServerInterface
{
    private LoopInterface $loop;
    /** @var array<string, list<callable>> */
    private array $listeners = [];
    private int $accepted = 0;
    private int $limit;
    private bool $closed = false;
    /** @var callable(int): string */
    private $replay;

    public function __construct(private string $uri, array $context = [], ?LoopInterface $loop = null)
    {
        $this->loop = $loop ?? Loop::get();
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
        $this->replay = $context['replay'] ?? static fn (int $i): string => "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";
        $this->loop->futureTick(fn () => $this->acceptNext());
    }

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function getAddress(): ?string
    {
        return 'tcp://' . $this->uri;
    }

    public function close(): void
    {
        $this->closed = true;
    }

    private function acceptNext(): void
    {
        if ($this->closed || $this->accepted >= $this->limit) {
            return;
        }
        $i = $this->accepted++;
        $connection = new Connection(sprintf('tcp://10.8.%d.%d:%d', ($i >> 8) & 255, $i & 255, 40000 + $i % 20000), ($this->replay)($i));
        foreach ($this->listeners['connection'] ?? [] as $listener) {
            $listener($connection);
        }
        $this->loop->futureTick(fn () => $this->acceptNext());
    }
}
