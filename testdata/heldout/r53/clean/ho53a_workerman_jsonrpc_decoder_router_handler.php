<?php
// Workerman TCP service speaking newline-delimited JSON-RPC: every message
// is run through a decoder that hands complete frames to a handler.

namespace Workerman\Connection {
    class TcpConnection
    {
        public static int $statistics = 0;
        public string $sent = '';

        public function __construct(public int $id, public string $remoteAddress)
        {
        }

        public function send(string $buffer): bool
        {
            self::$statistics += strlen($buffer);
            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    /** Stand-in for Workerman\Worker: runAll() feeds messages to onMessage. */
    class Worker
    {
        /** @var callable|null */
        public $onWorkerStart = null;
        /** @var callable|null */
        public $onMessage = null;
        public int $count = 1;
        public string $name = 'none';

        public function __construct(public string $socketName)
        {
        }

        public static function runAll(): void
        {
            foreach (self::$workers as $worker) {
                $worker->run();
            }
        }

        private static array $workers = [];

        public function listen(): void
        {
            self::$workers[] = $this;
        }

        private function run(): void
        {
            if ($this->onWorkerStart) {
                ($this->onWorkerStart)($this);
            }
            $connections = [];
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $cid = $i % 8;
                $connection = $connections[$cid] ??= new TcpConnection($cid + 1, '10.1.0.' . ($cid + 20) . ':' . (40000 + $cid));
                $payload = json_encode(['jsonrpc' => '2.0', 'id' => $i, 'method' => $i % 3 ? 'price.get' : 'price.subscribe', 'params' => ['symbol' => 'EURUSD', 'depth' => 5]]);
                ($this->onMessage)($connection, $payload . "\n");
            }
        }
    }
}

namespace App\Rpc {
    use Workerman\Connection\TcpConnection;

    final class Frame
    {
        public function __construct(public readonly int|string|null $id, public readonly string $method, public readonly array $params)
        {
        }
    }

    abstract class AbstractDecoder
    {
        /** @var \Closure(Frame, TcpConnection): void */
        private \Closure $frameHandler;
        private string $buffer = '';
        /** Last complete frame, kept for error reports on the next parse failure. */
        protected ?Frame $lastFrame = null;

        public function __construct(protected TcpConnection $connection)
        {
        }

        protected function setFrameHandler(callable $handler): void
        {
            $this->frameHandler = \Closure::fromCallable($handler);
        }

        abstract protected function parse(string $line): ?Frame;

        public function feed(string $data): void
        {
            $this->buffer .= $data;
            while (($pos = strpos($this->buffer, "\n")) !== false) {
                $line = substr($this->buffer, 0, $pos);
                $this->buffer = substr($this->buffer, $pos + 1);
                if (($frame = $this->parse($line)) !== null) {
                    $this->lastFrame = $frame;
                    ($this->frameHandler)($frame, $this->connection);
                }
            }
        }
    }

    final class JsonRpcDecoder extends AbstractDecoder
    {
        public function __construct(TcpConnection $connection, private Router $router)
        {
            parent::__construct($connection);
            $this->setFrameHandler([$this->router, 'dispatch']);
        }

        protected function parse(string $line): ?Frame
        {
            $msg = json_decode($line, true);
            if (!is_array($msg) || !isset($msg['method'])) {
                $this->connection->send('{"jsonrpc":"2.0","error":{"code":-32700,"message":"Parse error"},"id":null}' . "\n");
                return null;
            }
            return new Frame($msg['id'] ?? null, $msg['method'], $msg['params'] ?? []);
        }

        public function dispatch(Frame $frame, TcpConnection $connection): void
        {
            $this->router->dispatch($frame, $connection);
        }
    }

    final class Router
    {
        /** @var array<string, callable> */
        private array $methods = [];

        public function register(string $method, callable $handler): void
        {
            $this->methods[$method] = $handler;
        }

        public function dispatch(Frame $frame, TcpConnection $connection): void
        {
            $handler = $this->methods[$frame->method] ?? null;
            $result = $handler ? $handler($frame->params) : null;
            $connection->send(json_encode(['jsonrpc' => '2.0', 'result' => $result, 'id' => $frame->id]) . "\n");
        }
    }
}

namespace {
    use App\Rpc\JsonRpcDecoder;
    use App\Rpc\Router;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $router = new Router();
    $router->register('price.get', static fn (array $p) => ['symbol' => $p['symbol'], 'bid' => 1.0841, 'ask' => 1.0843]);
    $router->register('price.subscribe', static fn (array $p) => ['subscribed' => $p['symbol']]);

    $worker = new Worker('tcp://0.0.0.0:2207');
    $worker->name = 'pricing-rpc';
    $worker->onMessage = static function (TcpConnection $connection, string $data) use ($router): void {
        $decoder = new JsonRpcDecoder($connection, $router);
        $decoder->feed($data);
    };
    $worker->listen();
    Worker::runAll();
}
