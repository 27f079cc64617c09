<?php

namespace OpenSwoole {
    /**
     * Stand-in for the extension's server: start() runs one worker in this process, fires
     * 'start' and 'workerStart' once, serves PHPLEAK_N connections, then 'workerStop' and 'shutdown'.
     */
    class Server
    {
        public const SIMPLE_MODE = 1;
        public const POOL_MODE = 2;
        public const SOCK_TCP = 1;

        public array $setting = [];

        /** @var array<string, callable> */
        protected array $callbacks = [];

        public function __construct(public string $host, public int $port = 0, public int $mode = self::POOL_MODE, public int $sockType = self::SOCK_TCP)
        {
        }

        public function set(array $settings): bool
        {
            $this->setting = $settings + $this->setting;

            return true;
        }

        public function on(string $event, callable $callback): bool
        {
            $this->callbacks[\strtolower($event)] = $callback;

            return true;
        }

        public function start(): bool
        {
            $this->fire('start', $this);
            $this->fire('workerstart', $this, 0);
            $n = (int) (\getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $this->serve($i);
            }
            $this->fire('workerstop', $this, 0);
            $this->fire('shutdown', $this);

            return true;
        }

        public function send(int|string $fd, string $data, int $serverSocket = -1): bool
        {
            return true;
        }

        public function close(int $fd, bool $reset = false): bool
        {
            return true;
        }

        protected function serve(int $i): void
        {
        }

        protected function fire(string $event, mixed ...$args): void
        {
            if (isset($this->callbacks[$event])) {
                ($this->callbacks[$event])(...$args);
            }
        }
    }
}

namespace OpenSwoole\Http {
    class Request
    {
        public int $fd = 0;
        public ?array $header = null;
        public ?array $server = null;
        public ?array $cookie = null;
        public ?array $get = null;
        public ?array $post = null;

        public function getContent(): string|false
        {
            return '';
        }
    }

    class Response
    {
        public function status(int $statusCode, string $reason = ''): bool
        {
            return true;
        }

        public function header(string $key, string $value, bool $format = true): bool
        {
            return true;
        }

        public function end(?string $data = null): bool
        {
            return true;
        }
    }

    class Server extends \OpenSwoole\Server
    {
    }
}

namespace OpenSwoole\WebSocket {
    class Frame
    {
        public int $fd = 0;
        public string $data = '';
        public int $opcode = 1;
        public int $flags = 1;
        public bool $finish = true;
    }

    /**
     * Stand-in: each of the PHPLEAK_N connections does the handshake ('open'), sends one
     * message ('message') and disconnects ('close').
     */
    class Server extends \OpenSwoole\Http\Server
    {
        public function push(int $fd, string $data, int $opcode = 1, int $flags = 1): bool
        {
            return true;
        }

        public function isEstablished(int $fd): bool
        {
            return true;
        }

        protected function serve(int $i): void
        {
            $fd = $i + 1;
            $request = new \OpenSwoole\Http\Request();
            $request->fd = $fd;
            $request->header = [
                'host' => 'chat.example.com',
                'upgrade' => 'websocket',
                'connection' => 'Upgrade',
                'sec-websocket-key' => \base64_encode(\md5('key' . $i, true)),
                'sec-websocket-version' => '13',
                'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0 client/' . $i,
            ];
            $request->server = [
                'request_uri' => '/ws',
                'query_string' => 'room=support&user=agent' . $i,
                'remote_addr' => \sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255),
            ];
            $request->get = ['room' => 'support', 'user' => 'agent' . $i];
            $request->cookie = ['PHPSESSID' => \md5('session' . $i)];
            $this->fire('open', $this, $request);

            $frame = new Frame();
            $frame->fd = $fd;
            $frame->data = \json_encode(['type' => 'say', 'text' => \str_repeat('hello support team, ', 20) . $i]);
            $this->fire('message', $this, $frame);

            $this->fire('close', $this, $fd, 0);
        }
    }
}
