<?php

namespace Swoole\Http {
    class Request
    {
        public int $fd = 0;
    }
}

namespace Swoole\WebSocket {
    class Frame
    {
        public function __construct(public int $fd, public string $data, public int $opcode = 1) {}
    }

    class Server
    {
        private array $callbacks = [];

        public function __construct(public string $host, public int $port) {}

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function push(int $fd, string $data): bool
        {
            return true;
        }

        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new \Swoole\Http\Request();
                $request->fd = $i % 16 + 1;
                ($this->callbacks['open'])($this, $request);
                ($this->callbacks['message'])($this, new Frame($request->fd, "MSG user{$i}: " . str_repeat('hi ', 80) . "\nPING\n"));
                ($this->callbacks['close'])($this, $request->fd);
            }
        }
    }
}
