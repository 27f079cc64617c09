<?php

declare(strict_types=1);

/*
 * Media thumbnail service. Runs under php-fpm on the legacy boxes and as a
 * Workerman HTTP server on the new ones; the same bootstrap is used for both.
 */

namespace Workerman\Protocols\Http {
    final class Request
    {
        public function __construct(private readonly string $method, private readonly string $uri, private readonly array $headers)
        {
        }

        public function method(): string
        {
            return $this->method;
        }

        public function uri(): string
        {
            return $this->uri;
        }

        public function header(string $name, ?string $default = null): ?string
        {
            return $this->headers[strtolower($name)] ?? $default;
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
        public int $bytesSent = 0;

        public function __construct(public readonly string $remoteIp)
        {
        }

        public function send(\Workerman\Protocols\Http\Response $response): void
        {
            $this->bytesSent += strlen($response->body);
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    final class Worker
    {
        /** @var null|callable(TcpConnection, Request): void */
        public $onMessage = null;
        public int $count = 1;

        public function __construct(public readonly string $socketName)
        {
        }

        /** Stand-in for the event loop: feeds the configured number of requests. */
        public static function runAll(self $worker, int $requests): void
        {
            $connection = new TcpConnection('192.168.10.4');
            for ($i = 0; $i < $requests; $i++) {
                $request = new Request('GET', sprintf('/thumbs/%d/%dx%d.webp?v=%d', $i % 300, 320, 240, $i), [
                    'user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15',
                    'referer' => 'https://media.example.test/gallery/' . ($i % 9),
                ]);
                ($worker->onMessage)($connection, $request);
            }
        }
    }
}

namespace App\Logging {
    final class LogRecord
    {
        public function __construct(
            public readonly string $channel,
            public readonly string $message,
            public readonly array $context,
        ) {
        }
    }

    interface HandlerInterface
    {
        public function handle(LogRecord $record): void;
    }

    final class FileHandler implements HandlerInterface
    {
        public int $lines = 0;

        public function __construct(private readonly string $path)
        {
        }

        public function handle(LogRecord $record): void
        {
            $this->lines++;
        }

        public function handleBatch(array $records): void
        {
            $this->lines += count($records);
        }
    }

    final class BufferHandler implements HandlerInterface
    {
        /** @var list<LogRecord> */
        private array $buffer = [];

        public function __construct(private readonly FileHandler $inner)
        {
        }

        public function handle(LogRecord $record): void
        {
            $this->buffer[] = $record; // leak
        }

        public function flush(): void
        {
            if ($this->buffer !== []) {
                $this->inner->handleBatch($this->buffer);
                $this->buffer = [];
            }
        }
    }

    final class AccessLogger
    {
        public function __construct(private readonly HandlerInterface $handler)
        {
        }

        public function log(string $method, string $uri, int $status, int $bytes, string $ip, string $agent): void
        {
            $this->handler->handle(new LogRecord('access', sprintf('%s - - "%s %s HTTP/1.1" %d %d "%s"', $ip, $method, $uri, $status, $bytes, $agent), [
                'ip' => $ip,
                'status' => $status,
            ]));
        }
    }
}

namespace App {
    use App\Logging\BufferHandler;
    use Workerman\Protocols\Http\Response;

    final class RequestLifecycle
    {
        public function __construct(private readonly BufferHandler $accessLog)
        {
        }

        /** Called once the response is on its way to the client. */
        public function afterResponse(): void
        {
            if (\PHP_SAPI === 'fpm-fcgi' && \function_exists('fastcgi_finish_request')) {
                fastcgi_finish_request();
                $this->accessLog->flush();
            }
        }
    }

    final class ThumbnailController
    {
        public function show(string $uri): Response
        {
            if (!preg_match('#^/thumbs/(\d+)/(\d+)x(\d+)\.webp#', $uri, $m)) {
                return new Response(404, [], 'not found');
            }

            return new Response(200, ['Content-Type' => 'image/webp', 'Cache-Control' => 'max-age=86400'], sprintf('RIFF....WEBPVP8 %s:%sx%s', $m[1], $m[2], $m[3]));
        }
    }
}

namespace {
    use App\Logging\AccessLogger;
    use App\Logging\BufferHandler;
    use App\Logging\FileHandler;
    use App\RequestLifecycle;
    use App\ThumbnailController;
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;
    use Workerman\Worker;

    $buffer = new BufferHandler(new FileHandler('/var/log/thumbs/access.log'));
    $accessLog = new AccessLogger($buffer);
    $lifecycle = new RequestLifecycle($buffer);
    $controller = new ThumbnailController();

    $http = new Worker('http://0.0.0.0:8080');
    $http->count = 4;
    $http->onMessage = function (TcpConnection $connection, Request $request) use ($controller, $accessLog, $lifecycle): void {
        $response = $controller->show($request->uri());
        $connection->send($response);
        $accessLog->log($request->method(), $request->uri(), $response->status, strlen($response->body), $connection->remoteIp, $request->header('user-agent', '-'));
        $lifecycle->afterResponse();
    };

    Worker::runAll($http, (int) (getenv('PHPLEAK_N') ?: 100));
}
