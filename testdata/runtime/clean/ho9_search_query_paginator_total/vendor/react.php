<?php

namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(private array $query) {}

        public function getQueryParams(): array
        {
            return $this->query;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public string $body = '') {}

        public static function json(mixed $data): self
        {
            return new self(200, json_encode($data));
        }
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

namespace React\Http {
    use React\EventLoop\Loop;
    use React\Http\Message\ServerRequest;

    final class HttpServer
    {
        private $handler;

        public function __construct(callable $requestHandler)
        {
            $this->handler = $requestHandler;
        }

        public function listen(string $uri, int $i = 0): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($i < $n) {
                Loop::futureTick(function () use ($uri, $i): void {
                    ($this->handler)(new ServerRequest(['q' => "term{$i} " . str_repeat('lang:en type:doc ', 30), 'page' => (string) ($i % 7 + 1)]));
                    $this->listen($uri, $i + 1);
                });
            }
        }
    }
}
