<?php

// Workerman HTTP gateway (start.php). The worker process keeps its
// callbacks for its whole life; every client connection gets a session
// that should go away when the connection closes.

namespace Workerman\Protocols\Http {
    class Request
    {
        public function __construct(private string $buffer)
        {
        }

        public function method(): string
        {
            return strtok($this->buffer, ' ');
        }

        public function path(): string
        {
            $target = explode(' ', strtok($this->buffer, "\r\n"))[1] ?? '/';

            return parse_url($target, PHP_URL_PATH) ?: '/';
        }

        public function header(string $name, ?string $default = null): ?string
        {
            foreach (explode("\r\n", $this->buffer) as $line) {
                if (stripos($line, $name . ':') === 0) {
                    return trim(substr($line, strlen($name) + 1));
                }
            }

            return $default;
        }
    }

    class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }

        public function __toString(): string
        {
            return "HTTP/1.1 {$this->status}\r\nContent-Length: " . strlen($this->body) . "\r\n\r\n" . $this->body;
        }
    }
}

namespace Workerman\Connection {
    use Workerman\Worker;

    class TcpConnection
    {
        protected static int $idRecorder = 1;

        public int $id;
        public ?\Closure $onMessage = null;
        public ?\Closure $onClose = null;
        public int $bytesWritten = 0;

        public function __construct(public Worker $worker, private string $remoteAddress)
        {
            $this->id = self::$idRecorder++;
            $worker->connections[$this->id] = $this;
        }

        public function getRemoteIp(): string
        {
            return explode(':', $this->remoteAddress)[0];
        }

        public function send(mixed $data): void
        {
            $this->bytesWritten += strlen((string) $data);
        }

        public function close(): void
        {
            if ($this->onClose) {
                ($this->onClose)($this);
            }
            unset($this->worker->connections[$this->id]);
            $this->onMessage = $this->onClose = null;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    class Worker
    {
        /** @var array<int, Worker> */
        protected static array $workers = [];

        public int $count = 1;
        public string $name = 'none';
        public ?\Closure $onWorkerStart = null;
        public ?\Closure $onConnect = null;
        public ?\Closure $onMessage = null;
        public ?\Closure $onClose = null;

        /** @var array<int, TcpConnection> */
        public array $connections = [];

        public function __construct(public string $socketName = '')
        {
            static::$workers[spl_object_id($this)] = $this;
        }

        /** Stand-in for the event loop: accepts PHPLEAK_N short-lived HTTP connections. */
        public static function runAll(): void
        {
            foreach (static::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
            }
            $accepted = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 1; $i <= $accepted; $i++) {
                foreach (static::$workers as $worker) {
                    $worker->acceptConnection($i);
                }
            }
        }

        protected function acceptConnection(int $i): void
        {
            $connection = new TcpConnection($this, sprintf('192.0.2.%d:%d', $i % 254 + 1, 30000 + $i % 30000));
            $connection->onMessage = $this->onMessage;
            $connection->onClose = $this->onClose;
            if ($this->onConnect) {
                ($this->onConnect)($connection);
            }
            $token = rtrim(strtr(base64_encode(json_encode(['sub' => 'user-' . ($i * 37 % 100000), 'scope' => 'orders:read orders:write', 'exp' => 1900000000 + $i])), '+/', '-_'), '=');
            $buffer = "GET /v1/orders?cursor={$i} HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Bearer {$token}\r\nUser-Agent: shop-app/7.{$i}\r\n\r\n";
            ($connection->onMessage)($connection, new Request($buffer));
            $connection->close();
        }
    }
}

namespace App\Gateway {
    final class GatewaySession
    {
        private array $paths = [];

        public function __construct(
            public readonly string $subject,
            public readonly array $scopes,
            public readonly string $remoteIp,
            public readonly string $userAgent,
            public readonly float $openedAt,
        ) {
        }

        public function touch(string $path): void
        {
            $this->paths[] = $path;
        }

        public function allows(string $scope): bool
        {
            return in_array($scope, $this->scopes, true);
        }
    }

    final class TokenVerifier
    {
        public function open(string $authorization, string $remoteIp, string $userAgent): ?GatewaySession
        {
            if (!str_starts_with($authorization, 'Bearer ')) {
                return null;
            }
            $claims = json_decode(base64_decode(strtr(substr($authorization, 7), '-_', '+/')), true);
            if (!is_array($claims) || ($claims['exp'] ?? 0) < time()) {
                return null;
            }

            return new GatewaySession($claims['sub'], explode(' ', $claims['scope']), $remoteIp, $userAgent, microtime(true));
        }
    }

    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;
    use Workerman\Protocols\Http\Response;
    use Workerman\Worker;

    /** Wires the gateway's callbacks onto the worker. */
    function boot(Worker $worker, TokenVerifier $verifier): void
    {
        /** @var array<int, GatewaySession> $sessions keyed by connection id */
        $sessions = [];

        $worker->onMessage = static function (TcpConnection $connection, Request $request) use (&$sessions, $verifier): void {
            $session = $sessions[$connection->id] ??= $verifier->open(
                (string) $request->header('Authorization', ''),
                $connection->getRemoteIp(),
                (string) $request->header('User-Agent', ''),
            );
            if ($session === null) {
                $connection->send(new Response(401));

                return;
            }
            $session->touch($request->path());
            $connection->send(new Response(
                $session->allows('orders:read') ? 200 : 403,
                ['Content-Type' => 'application/json'],
                json_encode(['orders' => [], 'user' => $session->subject]),
            ));
        };

        $worker->onClose = static function (TcpConnection $connection) use (&$sessions): void {
            unset($sessions[$connection->id]);
        };
    }
}

namespace {
    use App\Gateway\TokenVerifier;
    use Workerman\Worker;

    $http = new Worker('http://0.0.0.0:8080');
    $http->count = 4;
    $http->name = 'api-gateway';
    $http->onWorkerStart = static function (Worker $worker): void {
        App\Gateway\boot($worker, new TokenVerifier());
    };

    Worker::runAll();
}
