<?php

// Local replacement for ext-swoole's HTTP server: runs one worker in-process
// and feeds it recorded requests instead of accepting sockets.

namespace Swoole\Http;

class Server
{
    private array $settings = [];
    private array $callbacks = [];
    /** @var \Closure(int): Request */
    private ?\Closure $replay = null;

    public function __construct(public string $host = '0.0.0.0', public int $port = 9501)
    {
    }

    public function set(array $settings): void
    {
        $this->settings = $settings + $this->settings;
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[strtolower($event)] = $callback;
    }

    public function replay(\Closure $source): void
    {
        $this->replay = $source;
    }

    public function start(): bool
    {
        if (isset($this->callbacks['workerstart'])) {
            ($this->callbacks['workerstart'])($this, 0);
        }

        // max_request: the manager recycles the worker after this many requests
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $max; $i++) {
            ($this->callbacks['request'])(($this->replay)($i), new Response());
        }

        return true;
    }
}
