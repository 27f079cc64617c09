<?php

namespace Spiral\RoadRunner;

final class Payload
{
    public function __construct(
        public readonly ?string $body = null,
        public readonly ?string $header = null,
        public readonly bool $eos = true,
    ) {
    }
}

interface WorkerInterface
{
    public function waitPayload(): ?Payload;

    public function respond(Payload $payload): void;

    public function error(string $error): void;

    public function stop(): void;
}

/**
 * Stand-in: instead of the Goridge pipe relay, the worker receives PHPLEAK_N
 * HTTP requests (as RoadRunner's server would send them), then a stop.
 */
final class Worker implements WorkerInterface
{
    private int $received = 0;

    private function __construct(private int $pending)
    {
    }

    public static function create(bool $interceptSideEffects = true): self
    {
        return new self((int) (\getenv('PHPLEAK_N') ?: 100));
    }

    public function waitPayload(): ?Payload
    {
        if ($this->received >= $this->pending) {
            return null;
        }
        $i = $this->received++;
        $context = [
            'remoteAddr' => \sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255),
            'protocol' => 'HTTP/1.1',
            'method' => 'POST',
            'uri' => \sprintf('http://shop.example.com/api/orders/%d?page=%d', 1000 + $i, $i % 7),
            'header' => [
                'Content-Type' => ['application/json'],
                'User-Agent' => ['Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0 client/' . $i],
                'X-Request-Id' => [\sprintf('req-%08x-%d', \crc32('r' . $i), $i)],
                'X-Tenant-Id' => ['tenant-' . $i],
            ],
            'cookies' => ['PHPSESSID' => \md5('session' . $i)],
            'rawQuery' => 'page=' . ($i % 7),
        ];
        $body = \json_encode([
            'order_id' => 1000 + $i,
            'customer' => "customer{$i}@example.org",
            'note' => \str_repeat('leave at the back door; ', 24) . $i,
        ]);

        return new Payload($body, \json_encode($context));
    }

    public function respond(Payload $payload): void
    {
    }

    public function error(string $error): void
    {
    }

    public function stop(): void
    {
    }
}
