<?php

declare(strict_types=1);

namespace Workerman\Connection {

    final class TcpConnection
    {
        public int $bytesWritten = 0;

        public function __construct(public readonly int $id, public readonly string $remoteAddress)
        {
        }

        public function send(string $buffer): bool
        {
            $this->bytesWritten += strlen($buffer);

            return true;
        }
    }
}

namespace Workerman\Timer {

    /** Stand-in: timers are registered on the event loop; none is due during the run. */
    final class Timer
    {
        /** @var array<int, array{float, \Closure}> */
        private static array $tasks = [];

        public static function add(float $interval, \Closure $task): int
        {
            self::$tasks[] = [$interval, $task];

            return array_key_last(self::$tasks);
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    final class Worker
    {
        public ?\Closure $onWorkerStart = null;
        public ?\Closure $onMessage = null;
        public int $count = 1;

        public function __construct(public readonly string $listen)
        {
        }

        /** Stand-in event loop: boots the worker and feeds it $messages frames. */
        public function run(int $messages): void
        {
            ($this->onWorkerStart)($this);
            $connection = new TcpConnection(1, '10.0.0.7:52110');
            for ($i = 1; $i <= $messages; $i++) {
                $path = ['/api/orders', '/api/invoices', '/api/customers'][$i % 3] . '/' . $i;
                $frame = "GET {$path} HTTP/1.1\r\nHost: shop.local\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) ShopClient/{$i}\r\nX-Trace: " . md5((string) $i) . "\r\n\r\n";
                ($this->onMessage)($connection, $frame);
            }
        }
    }
}

namespace App\Http {

    final class Request
    {
        /** @param array<string, string> $headers */
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $headers,
            public readonly float $receivedAt,
        ) {
        }

        public static function parse(string $frame): self
        {
            [$head] = explode("\r\n\r\n", $frame, 2);
            $lines = explode("\r\n", $head);
            [$method, $path] = explode(' ', array_shift($lines));
            $headers = [];
            foreach ($lines as $line) {
                [$name, $value] = explode(': ', $line, 2);
                $headers[strtolower($name)] = $value;
            }

            return new self($method, $path, $headers, microtime(true));
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body)
        {
        }

        public function toRaw(): string
        {
            return "HTTP/1.1 {$this->status} OK\r\nContent-Length: " . strlen($this->body) . "\r\n\r\n" . $this->body;
        }
    }

    final class Application
    {
        /** @param callable(Response): void $onFinish */
        public function handle(Request $request, callable $onFinish): Response
        {
            $response = new Response(200, json_encode([
                'path' => $request->path,
                'items' => array_fill(0, 16, ['sku' => 'SKU-' . crc32($request->path), 'qty' => 1]),
            ]));
            $onFinish($response);

            return $response;
        }
    }
}

namespace App\Metrics {

    final class LatencySample
    {
        public function __construct(
            public readonly string $route,
            public readonly int $status,
            public readonly float $millis,
            public readonly string $userAgent,
            public readonly string $traceId,
            public readonly int $responseBytes,
            public readonly string $responseExcerpt,
        ) {
        }
    }

    final class LatencyReporter
    {
        private int $reported = 0;

        /** @param list<LatencySample> $samples */
        public function flush(array $samples): void
        {
            $this->reported += count($samples);
        }
    }
}

namespace {

    use App\Http\Application;
    use App\Http\Request;
    use App\Http\Response;
    use App\Metrics\LatencyReporter;
    use App\Metrics\LatencySample;
    use Workerman\Connection\TcpConnection;
    use Workerman\Timer\Timer;
    use Workerman\Worker;

    $app = new Application();
    $reporter = new LatencyReporter();
    $worker = new Worker('http://0.0.0.0:8080');

    $worker->onWorkerStart = static function (Worker $worker) use ($app, $reporter): void {
        $samples = [];

        Timer::add(60.0, static function () use (&$samples, $reporter): void {
            $reporter->flush($samples);
            $samples = [];
        });

        $worker->onMessage = static function (TcpConnection $connection, string $frame) use ($app, &$samples): void {
            $request = Request::parse($frame);

            $onFinish = static function (Response $response) use ($samples, $request): void {
                $samples[] = new LatencySample(
                    $request->path,
                    $response->status,
                    (microtime(true) - $request->receivedAt) * 1000,
                    $request->headers['user-agent'] ?? '-',
                    $request->headers['x-trace'] ?? '-',
                    strlen($response->body),
                    substr($response->body, 0, 512),
                );
            };

            $connection->send($app->handle($request, $onFinish)->toRaw());
        };
    };

    $worker->run((int) (getenv('PHPLEAK_N') ?: 100));
}
