<?php

namespace Workerman\Protocols\Http {

    final class Request
    {
        public function __construct(private string $path, private array $post)
        {
        }

        public function path(): string
        {
            return $this->path;
        }

        public function post(?string $name = null, mixed $default = null): mixed
        {
            return $name === null ? $this->post : ($this->post[$name] ?? $default);
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }
    }
}

namespace Workerman\Connection {

    final class TcpConnection
    {
        public function __construct(public readonly int $id)
        {
        }

        public function send(mixed $response): bool
        {
            return true;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    /**
     * Stand-in for Workerman\Worker: onWorkerStart runs once per process, the
     * onMessage callback then serves every message of every connection.
     */
    class Worker
    {
        /** @var list<Worker> */
        private static array $workers = [];

        public int $count = 1;
        public string $name = 'none';
        /** @var callable|null */
        public $onWorkerStart = null;
        /** @var callable|null */
        public $onMessage = null;

        public function __construct(public readonly string $socketName = '')
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $connection = new TcpConnection(1);
                for ($i = 0; $i < $n; $i++) {
                    $id = sprintf('%05d', $i);
                    ($worker->onMessage)($connection, new Request('/review/decisions', [
                        'reviewer' => 'rev-' . ($i % 5),
                        'segments' => [
                            "s$id-1" => str_repeat("Click Save to keep your changes to document $id. ", 5),
                            "s$id-2" => str_repeat("Changes are synced to all collaborators ($id). ", 5),
                        ],
                        'decisions' => ["s$id-1" => 'approved', "s$id-2" => 'rejected'],
                    ]));
                }
            }
        }
    }
}
