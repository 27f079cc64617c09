<?php
// A Swoole HTTP handler borrows a pooled database connection, wraps it in a tracing decorator and hands the decorator a release callback.

namespace Swoole\Http {
    final class Request
    {
        public function __construct(public array $server, public array $get) {}
    }

    final class Response
    {
        public function end(string $body = ''): void {}
    }
}

namespace App\Db {
    final class Connection
    {
        public function __construct(public readonly string $dsn, public readonly int $slot) {}
        public function fetch(string $sql, array $params): array { return ['sql' => $sql, 'params' => $params]; }
    }

    final class Pool
    {
        /** @var list<Connection> */
        private array $idle = [];
        public function __construct(string $dsn, int $size)
        {
            for ($i = 0; $i < $size; $i++) {
                $this->idle[] = new Connection($dsn, $i);
            }
        }
        public function get(): Connection { return array_pop($this->idle); }
        public function put(Connection $c): void { $this->idle[] = $c; }
    }

    final class TracedConnection
    {
        public function __construct(
            public readonly Connection $inner,
            private \Closure $release,
            public readonly string $trace,
        ) {}

        public function fetch(string $sql, array $params): array { return $this->inner->fetch($sql, $params); }
        public function release(): void { ($this->release)(); }
    }
}

namespace App\Http {
    use App\Db\Pool;
    use App\Db\TracedConnection;
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class OrderHistoryHandler
    {
        public function __construct(private Pool $pool) {}

        public function __invoke(Request $request, Response $response): void
        {
            $conn = $this->pool->get();
            $release = function () use ($conn): void {
                $this->pool->put($conn);
            };
            $trace = sprintf('GET %s from %s; ', $request->server['request_uri'], $request->server['remote_addr']) . str_repeat('span;', 70);
            $conn = new TracedConnection($conn, $release, $trace);

            $rows = $conn->fetch('SELECT * FROM orders WHERE customer_id = ?', [(int) $request->get['customer']]);
            $conn->release();
            $response->end(json_encode($rows));
        }
    }
}

namespace {
    use App\Db\Pool;
    use App\Http\OrderHistoryHandler;
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $handler = new OrderHistoryHandler(new Pool('mysql:host=db;dbname=shop', 4));
    for ($i = 0; $i < $n; $i++) {
        $handler(new Request(['request_uri' => '/orders', 'remote_addr' => "10.1.0.{$i}"], ['customer' => (string) (100 + $i)]), new Response());
    }
}
