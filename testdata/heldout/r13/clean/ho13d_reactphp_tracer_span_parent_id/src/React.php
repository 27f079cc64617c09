<?php

declare(strict_types=1);

namespace React\EventLoop {
    /** Stand-in for react/event-loop: only futureTick() and run(). */
    final class Loop
    {
        private static ?Loop $instance = null;

        /** @var list<callable> */
        private array $ticks = [];

        public static function get(): self
        {
            return self::$instance ??= new self();
        }

        public static function futureTick(callable $listener): void
        {
            self::get()->ticks[] = $listener;
        }

        public static function run(): void
        {
            $loop = self::get();
            while ($loop->ticks !== []) {
                $tick = array_shift($loop->ticks);
                $tick();
            }
        }
    }
}

namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $headers,
        ) {
        }
    }

    final class Response
    {
        public function __construct(
            public readonly int $status,
            public readonly array $headers,
            public readonly string $body,
        ) {
        }
    }
}

namespace React\Http {
    use React\EventLoop\Loop;
    use React\Http\Message\ServerRequest;

    final class HttpServer
    {
        /** @var callable(ServerRequest): \React\Http\Message\Response */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        /** Stand-in for listen(SocketServer): feeds one request per loop tick. */
        public function replay(int $requests, int $served = 0): void
        {
            if ($served >= $requests) {
                return;
            }
            Loop::futureTick(function () use ($requests, $served): void {
                ($this->handler)(new ServerRequest('GET', "/products/sku-{$served}?currency=EUR", [
                    'traceparent' => sprintf('00-%032x-%016x-01', $served + 1, $served + 7),
                    'user-agent' => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Safari/537.36',
                ]));
                $this->replay($requests, $served + 1);
            });
        }
    }
}
