<?php

// Minimal stand-ins for react/http, react/socket and react/event-loop: the
// "socket" replays PHPLEAK_N requests when the loop runs.

namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(
            private readonly string $method,
            private readonly string $uri,
            private readonly array $headers = [],
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getQueryParams(): array
        {
            parse_str((string) parse_url($this->uri, PHP_URL_QUERY), $params);

            return $params;
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status = 200, public readonly array $headers = [], public readonly string $body = '')
        {
        }
    }
}

namespace React\Socket {
    final class SocketServer
    {
        public function __construct(public readonly string $uri)
        {
        }
    }
}

namespace React\EventLoop {
    final class Loop
    {
        /** @var list<callable(): void> */
        private static array $ticks = [];

        public static function futureTick(callable $tick): void
        {
            self::$ticks[] = $tick;
        }

        public static function run(): void
        {
            while ($tick = array_shift(self::$ticks)) {
                $tick();
            }
        }
    }
}

namespace React\Http {
    use React\EventLoop\Loop;
    use React\Http\Message\ServerRequest;
    use React\Socket\SocketServer;

    final class HttpServer
    {
        /** @var callable(ServerRequest): mixed */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        public function listen(SocketServer $socket): void
        {
            Loop::futureTick(function (): void {
                $hosts = ['www.example.test', 'news.example.test', 'shop.example.test', 'docs.example.test'];
                $n = (int) (getenv('PHPLEAK_N') ?: 100);
                for ($i = 0; $i < $n; $i++) {
                    $request = new ServerRequest('GET', '/?p=' . (3000 + $i), ['host' => $hosts[$i % 4]]);
                    ($this->handler)($request);
                }
            });
        }
    }
}
