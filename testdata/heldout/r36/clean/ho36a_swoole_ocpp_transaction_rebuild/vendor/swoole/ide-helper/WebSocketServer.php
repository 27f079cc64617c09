<?php

namespace Swoole\WebSocket;

final class Frame
{
    public int $fd = 0;
    public string $data = '';
    public int $opcode = 1;
    public bool $finish = true;
}

/**
 * Stand-in for Swoole\WebSocket\Server: start() replays a recorded capture of
 * charge point traffic through the registered 'message' callback.
 */
final class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];
    /** @var iterable<array{int, string}> */
    private iterable $capture = [];
    public array $settings = [];

    public function __construct(public readonly string $host, public readonly int $port)
    {
    }

    public function set(array $settings): void
    {
        $this->settings = $settings + $this->settings;
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function replay(iterable $capture): void
    {
        $this->capture = $capture;
    }

    public function push(int $fd, string $data): bool
    {
        return $fd > 0 && $data !== '';
    }

    public function start(): void
    {
        if (isset($this->callbacks['workerStart'])) {
            ($this->callbacks['workerStart'])($this, 0);
        }
        foreach ($this->capture as [$fd, $data]) {
            $frame = new Frame();
            $frame->fd = $fd;
            $frame->data = $data;
            ($this->callbacks['message'])($this, $frame);
        }
    }
}
