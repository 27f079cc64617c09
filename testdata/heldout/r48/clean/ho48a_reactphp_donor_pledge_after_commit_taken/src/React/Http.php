<?php

namespace React\Http;

use React\EventLoop\Loop;

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $parsedBody,
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

/**
 * Stand-in for React\Socket\SocketServer + React\Http\HttpServer: accepts
 * one connection per tick until the configured number has been served.
 */
final class HttpServer
{
    private int $accepted = 0;

    public function __construct(
        private readonly \Closure $handler,
        private readonly int $maxConnections,
    ) {
    }

    public function listen(): void
    {
        Loop::futureTick(fn () => $this->acceptNext());
    }

    private function acceptNext(): void
    {
        if ($this->accepted >= $this->maxConnections) {
            return;
        }
        $n = $this->accepted++;
        $request = new ServerRequest('POST', '/pledges', [
            'donor' => 'Donor ' . $n,
            'email' => "donor{$n}@example.org",
            'amount' => 2500 + ($n % 40) * 100,
            'campaign' => ['new-wing', 'conservation-lab', 'schools'][$n % 3],
            'message' => str_repeat('In memory of Saturday afternoons in the sculpture court. ', 4),
        ]);
        ($this->handler)($request);
        Loop::futureTick(fn () => $this->acceptNext());
    }
}
