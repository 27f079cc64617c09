<?php

namespace {
    if (!\defined('SWOOLE_BASE')) {
        \define('SWOOLE_BASE', 1);
        \define('SWOOLE_PROCESS', 2);
        \define('SWOOLE_SOCK_TCP', 1);
    }
}

namespace Swoole {
    /**
     * Stand-in for the extension's server: start() runs one worker in this process, fires
     * 'start' and 'workerStart' once, serves PHPLEAK_N connections (each: 'connect', one
     * 'receive', 'close'), then fires 'workerStop' and 'shutdown'.
     */
    class Server
    {
        public array $setting = [];
        public int $master_pid = 0;
        public int $worker_id = 0;

        /** @var array<string, callable> */
        protected array $callbacks = [];

        public function __construct(public string $host, public int $port = 0, public int $mode = SWOOLE_PROCESS, public int $type = SWOOLE_SOCK_TCP)
        {
        }

        public function set(array $settings): bool
        {
            $this->setting = $settings + $this->setting;

            return true;
        }

        public function on(string $event_name, callable $callback): bool
        {
            $this->callbacks[\strtolower($event_name)] = $callback;

            return true;
        }

        public function start(): bool
        {
            $this->fire('start', $this);
            $this->fire('workerstart', $this, $this->worker_id);
            $n = (int) (\getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $this->serve($i);
            }
            $this->fire('workerstop', $this, $this->worker_id);
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
            $fd = $i + 1;
            $this->fire('connect', $this, $fd, 0);
            $this->fire('receive', $this, $fd, 0, \pack('N', 0x50520001) . \json_encode([
                'type' => 'position',
                'device' => \sprintf('trk-%06d', $i),
                'lat' => 52.37 + $i / 100000,
                'lng' => 4.89 - $i / 100000,
                'trail' => \str_repeat('52.3701,4.8952;', 36) . $i,
            ]));
            $this->fire('close', $this, $fd, 0);
        }

        protected function fire(string $event, mixed ...$args): void
        {
            if (isset($this->callbacks[$event])) {
                ($this->callbacks[$event])(...$args);
            }
        }
    }
}

namespace Swoole\Http {
    class Request
    {
        public int $fd = 0;
        public ?array $header = null;
        public ?array $server = null;
        public ?array $cookie = null;
        public ?array $get = null;
        public ?array $files = null;
        public ?array $post = null;
        public ?string $tmpfiles = null;
        private string $content = '';

        public static function create(array $options = []): Request|false
        {
            return new self();
        }

        public function getContent(): string|false
        {
            return $this->content;
        }

        public function rawContent(): string|false
        {
            return $this->content;
        }

        public function getMethod(): string|false
        {
            return $this->server['request_method'] ?? false;
        }

        /** @internal stand-in only: the extension fills the request from the socket */
        public function setContent(string $content): void
        {
            $this->content = $content;
        }
    }

    class Response
    {
        public int $fd = 0;
        public ?array $header = null;
        public ?array $cookie = null;
        private int $statusCode = 200;
        private bool $ended = false;

        public function status(int $http_code, string $reason = ''): bool
        {
            $this->statusCode = $http_code;

            return true;
        }

        public function header(string $key, string|array $value, bool $format = true): bool
        {
            $this->header[$key] = $value;

            return true;
        }

        public function write(string $content): bool
        {
            return !$this->ended;
        }

        public function end(?string $content = null): bool
        {
            $this->ended = true;

            return true;
        }
    }

    /**
     * Stand-in: serves each of the PHPLEAK_N connections one HTTP request ('request').
     */
    class Server extends \Swoole\Server
    {
        protected function serve(int $i): void
        {
            $request = new Request();
            $request->fd = $i + 1;
            $request->header = [
                'host' => 'shop.example.com',
                'content-type' => 'application/json',
                'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0 client/' . $i,
                'x-request-id' => \sprintf('req-%08x-%d', \crc32('r' . $i), $i),
                'x-tenant-id' => 'tenant-' . $i,
            ];
            $request->server = [
                'request_method' => 'POST',
                'request_uri' => '/api/orders/' . (1000 + $i),
                'path_info' => '/api/orders/' . (1000 + $i),
                'query_string' => 'page=' . ($i % 7),
                'remote_addr' => \sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255),
                'request_time' => 1700000000 + $i,
            ];
            $request->get = ['page' => (string) ($i % 7)];
            $request->cookie = ['PHPSESSID' => \md5('session' . $i)];
            $request->setContent(\json_encode([
                'order_id' => 1000 + $i,
                'customer' => "customer{$i}@example.org",
                'note' => \str_repeat('leave at the back door; ', 24) . $i,
            ]));
            $response = new Response();
            $response->fd = $request->fd;
            $this->fire('request', $request, $response);
        }
    }
}
