<?php

namespace Workerman\Protocols\Http {

    class Request
    {
        private ?array $parsed = null;

        public function __construct(protected string $buffer)
        {
        }

        private function parse(): array
        {
            if ($this->parsed === null) {
                [$head, $body] = explode("\r\n\r\n", $this->buffer, 2) + [1 => ''];
                $lines = explode("\r\n", $head);
                [$method, $uri] = explode(' ', $lines[0]);
                $this->parsed = ['method' => $method, 'uri' => $uri, 'body' => $body];
            }
            return $this->parsed;
        }

        public function method(): string
        {
            return $this->parse()['method'];
        }

        public function path(): string
        {
            return parse_url($this->parse()['uri'], PHP_URL_PATH);
        }

        public function rawBody(): string
        {
            return $this->parse()['body'];
        }

        public function post(?string $name = null, mixed $default = null): mixed
        {
            $data = json_decode($this->rawBody(), true) ?? [];
            return $name === null ? $data : ($data[$name] ?? $default);
        }
    }

    class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }
    }
}

namespace Workerman\Connection {

    class TcpConnection
    {
        public int $sent = 0;

        public function __construct(public int $id)
        {
        }

        public function send(mixed $data): bool
        {
            $this->sent++;
            return true;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    /**
     * Stand-in: the real runAll() forks $count processes; each calls
     * onWorkerStart once and then onMessage for every request it receives
     * for as long as the process lives.
     */
    class Worker
    {
        /** @var list<self> */
        protected static array $workers = [];
        /** @var \Closure(int): ?string */
        public static ?\Closure $acceptor = null;

        public string $name = 'none';
        public int $count = 1;
        /** @var callable|null */
        public $onWorkerStart = null;
        /** @var callable|null */
        public $onMessage = null;

        public function __construct(public string $socketName = '')
        {
            static::$workers[] = $this;
        }

        public static function runAll(): void
        {
            foreach (static::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                for ($id = 1; ($buffer = (static::$acceptor)($id)) !== null; $id++) {
                    $connection = new TcpConnection($id);
                    ($worker->onMessage)($connection, new Request($buffer));
                }
            }
        }
    }
}
