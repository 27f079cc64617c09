<?php
// Stand-ins for react/http and react/event-loop: the server hands each
// incoming request to the middleware stack inside one long-running process.

namespace React\EventLoop {
    final class Loop
    {
        /** @var list<callable> */
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

namespace Psr\Http\Message {
    interface ServerRequestInterface
    {
        public function getMethod(): string;
        public function getUri(): string;
        public function getAttribute(string $name, mixed $default = null): mixed;
        public function withAttribute(string $name, mixed $value): static;
        public function getParsedBody(): array;
    }
}

namespace React\Http\Message {
    use Psr\Http\Message\ServerRequestInterface;

    final class ServerRequest implements ServerRequestInterface
    {
        private array $attributes = [];

        public function __construct(private string $method, private string $uri, private array $body = [])
        {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): string
        {
            return $this->uri;
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }

        public function withAttribute(string $name, mixed $value): static
        {
            $clone = clone $this;
            $clone->attributes[$name] = $value;
            return $clone;
        }

        public function getParsedBody(): array
        {
            return $this->body;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }

        public static function json(mixed $data): self
        {
            return new self(200, ['Content-Type' => 'application/json'], json_encode($data));
        }
    }
}

namespace React\Http {
    use React\EventLoop\Loop;
    use React\Http\Message\ServerRequest;

    final class HttpServer
    {
        /** @var list<callable> */
        private array $middleware;

        public function __construct(callable ...$middleware)
        {
            $this->middleware = $middleware;
        }

        public function listen(object $socket): void
        {
            $this->accept(0, (int) (getenv('PHPLEAK_N') ?: 100));
        }

        /** One incoming connection per tick, each with one order request. */
        private function accept(int $i, int $n): void
        {
            if ($i >= $n) {
                return;
            }
            Loop::futureTick(function () use ($i, $n) {
                $request = new ServerRequest('POST', '/orders', [
                    'customer' => 'cus_' . str_pad((string) $i, 8, '0', STR_PAD_LEFT),
                    'items' => [['sku' => 'SKU-' . ($i % 40), 'qty' => 1 + $i % 3]],
                    'shipping' => ['street' => ($i % 90) . ' Harbour Road', 'city' => 'Leith', 'zip' => 'EH6 6' . ($i % 10) . 'AA'],
                    'note' => 'Please leave the parcel with the neighbour if nobody answers.',
                ]);
                $this->dispatch($request, 0);
                $this->accept($i + 1, $n);
            });
        }

        private function dispatch(ServerRequest $request, int $index): mixed
        {
            $handler = $this->middleware[$index];
            if ($index === count($this->middleware) - 1) {
                return $handler($request);
            }
            return $handler($request, fn (ServerRequest $r) => $this->dispatch($r, $index + 1));
        }
    }

    final class SocketServer
    {
        public function __construct(public string $uri)
        {
        }
    }
}
