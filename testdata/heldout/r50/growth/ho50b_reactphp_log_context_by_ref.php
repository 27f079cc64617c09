<?php

declare(strict_types=1);

namespace Psr\Log {

    interface LoggerInterface
    {
        public function info(string|\Stringable $message, array $context = []): void;
        public function warning(string|\Stringable $message, array $context = []): void;
    }
}

namespace React\EventLoop {

    final class Loop
    {
        private static array $ticks = [];

        public static function futureTick(callable $listener): void
        {
            self::$ticks[] = $listener;
        }

        public static function run(): void
        {
            while ($tick = array_shift(self::$ticks)) {
                $tick();
            }
        }
    }
}

namespace React\Http\Message {

    final class ServerRequest
    {
        private array $attributes = [];

        public function __construct(
            private string $method,
            private string $path,
            private array $headers = [],
            private array $query = [],
            private array $server = [],
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getQueryParams(): array
        {
            return $this->query;
        }

        public function getServerParams(): array
        {
            return $this->server;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }

        public static function json(mixed $data): self
        {
            return new self(200, ['Content-Type' => 'application/json'], json_encode($data));
        }
    }
}

namespace React\Socket {

    /** Stand-in listening socket: each tick delivers one parsed request. */
    final class SocketServer
    {
        public function __construct(public string $uri)
        {
        }
    }
}

namespace React\Http {

    use React\EventLoop\Loop;
    use React\Http\Message\ServerRequest;
    use React\Socket\SocketServer;

    final class HttpServer
    {
        /** @var callable */
        private $handler;

        public function __construct(callable $requestHandler)
        {
            $this->handler = $requestHandler;
        }

        public function listen(SocketServer $socket): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $i = 0;
            $accept = function () use (&$accept, &$i, $n): void {
                if (++$i > $n) {
                    $accept = null;

                    return;
                }
                $request = new ServerRequest(
                    'GET',
                    '/v1/stock/' . sprintf('WH%02d-SKU%07d', $i % 12, $i * 7),
                    [
                        'host' => 'stock.internal:8080',
                        'user-agent' => 'StorefrontBFF/2.19 (node 20.10; ' . bin2hex(random_bytes(12)) . ')',
                        'x-request-id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $i, $i % 65536, $i % 4096, $i % 4096, $i * 31),
                    ],
                    ['fields' => 'qty,reserved,eta'],
                    ['REMOTE_ADDR' => '10.3.' . ($i % 250) . '.' . ($i % 100), 'REQUEST_TIME_FLOAT' => microtime(true)],
                );
                ($this->handler)($request);
                Loop::futureTick($accept);
            };
            Loop::futureTick($accept);
        }
    }
}

namespace App {

    use Psr\Log\LoggerInterface;

    /** Writes JSON lines to stdout for the log shipper (here: formats and drops them). */
    final class JsonLineLogger implements LoggerInterface
    {
        public function __construct(private string $channel)
        {
        }

        public function info(string|\Stringable $message, array $context = []): void
        {
            $this->write('INFO', $message, $context);
        }

        public function warning(string|\Stringable $message, array $context = []): void
        {
            $this->write('WARNING', $message, $context);
        }

        private function write(string $level, string|\Stringable $message, array $context): void
        {
            $line = json_encode(['channel' => $this->channel, 'level' => $level, 'message' => (string) $message, 'context' => $context]);
            unset($line);
        }
    }

    final class StockRepository
    {
        /** @return array{qty: int, reserved: int, eta: ?string} */
        public function levels(string $warehouse, string $sku): array
        {
            $h = crc32($warehouse . $sku);

            return ['qty' => $h % 400, 'reserved' => $h % 37, 'eta' => $h % 5 === 0 ? '2024-03-0' . ($h % 9 + 1) : null];
        }
    }
}

namespace {

    use App\JsonLineLogger;
    use App\StockRepository;
    use React\EventLoop\Loop;
    use React\Http\HttpServer;
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;
    use React\Socket\SocketServer;

    $logger = new JsonLineLogger('stock-api');
    $stock = new StockRepository();

    // fields every log line of this service carries
    $logContext = [
        'service' => 'stock-api',
        'pid' => getmypid(),
        'release' => '2024.02.3',
        'request' => [],
    ];

    $server = new HttpServer(function (ServerRequest $request) use ($logger, $stock, &$logContext): Response {
        if (!preg_match('~^/v1/stock/(WH\d{2})-(SKU\d{7})$~', $request->getPath(), $m)) {
            return new Response(404);
        }
        [, $warehouse, $sku] = $m;

        $logContext['request'][] = [ // leak
            'id' => $request->getHeaderLine('X-Request-Id'),
            'path' => $request->getPath(),
            'client' => $request->getServerParams()['REMOTE_ADDR'] ?? null,
            'agent' => $request->getHeaderLine('User-Agent'),
        ];

        $levels = $stock->levels($warehouse, $sku);
        $logger->info('stock lookup', $logContext + ['warehouse' => $warehouse, 'sku' => $sku]);

        return Response::json(['warehouse' => $warehouse, 'sku' => $sku] + $levels);
    });

    $server->listen(new SocketServer('0.0.0.0:8080'));
    Loop::run();
}
