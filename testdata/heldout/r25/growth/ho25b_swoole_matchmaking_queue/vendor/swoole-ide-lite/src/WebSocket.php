<?php
// Minimal stand-in for Swoole\WebSocket\Server: the real extension is not
// loaded under `php -n`, so the worker drives events through dispatch().

namespace Swoole\WebSocket;

final class Frame
{
    public int $fd = 0;
    public string $data = '';
    public int $opcode = 1;
    public bool $finish = true;
}

final class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];
    /** @var array<int, list<string>> */
    private array $outbox = [];

    public function __construct(public readonly string $host, public readonly int $port)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[strtolower($event)] = $callback;
    }

    public function push(int $fd, string $data): bool
    {
        $this->outbox[$fd][] = $data;
        return true;
    }

    public function isEstablished(int $fd): bool
    {
        return true;
    }

    /** Test harness: play one connection's lifetime through the callbacks. */
    public function dispatchOpen(int $fd): void
    {
        if (isset($this->callbacks['open'])) {
            ($this->callbacks['open'])($this, (object) ['fd' => $fd]);
        }
    }

    public function dispatchMessage(int $fd, string $data): void
    {
        $frame = new Frame();
        $frame->fd = $fd;
        $frame->data = $data;
        ($this->callbacks['message'])($this, $frame);
    }

    public function dispatchClose(int $fd): void
    {
        if (isset($this->callbacks['close'])) {
            ($this->callbacks['close'])($this, $fd);
        }
        unset($this->outbox[$fd]);
    }
}
