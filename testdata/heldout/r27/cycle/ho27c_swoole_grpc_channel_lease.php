<?php

declare(strict_types=1);

/*
 * Swoole HTTP server acting as a REST-to-gRPC bridge. Upstream gRPC channels
 * live in a pool created at worker start; each call leases a channel and
 * hands it back through a release hook registered by the pool.
 */

// ---------------------------------------------------------------------------
// swoole stand-ins
// ---------------------------------------------------------------------------

final class SwooleRequest
{
    /** @param array<string, string> $header */
    public function __construct(
        public array $server,
        public array $header,
        public array $get = [],
        private string $content = '',
    ) {
    }

    public function rawContent(): string
    {
        return $this->content;
    }
}

final class SwooleResponse
{
    public int $status = 200;
    public string $body = '';

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $body = ''): void
    {
        $this->body = $body;
    }
}

final class SwooleHttpServer
{
    /** @var array<string, callable> */
    private array $handlers = [];

    public function __construct(public string $host, public int $port)
    {
    }

    public function on(string $event, callable $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function start(callable $traffic): void
    {
        ($this->handlers['workerStart'] ?? static fn () => null)($this, 0);
        foreach ($traffic() as $request) {
            ($this->handlers['request'])($request, new SwooleResponse());
        }
    }
}

// ---------------------------------------------------------------------------
// gRPC client plumbing
// ---------------------------------------------------------------------------

final class Channel
{
    private int $streams = 0;

    public function __construct(public readonly string $target, public readonly int $id)
    {
    }

    /** @param array<string, string> $metadata */
    public function unary(string $method, string $message, array $metadata, float $deadline): array
    {
        $this->streams++;

        return [0, sprintf('%s|%s|%d bytes|%s', $this->target, $method, strlen($message), $metadata['x-request-id'] ?? '')];
    }
}

final class ChannelLease
{
    /** @var list<Closure> */
    private array $releaseHooks = [];
    private bool $released = false;

    /** @param array<string, string> $metadata */
    public function __construct(
        private Channel $channel,
        public readonly string $callId,
        public readonly float $deadline,
        public readonly array $metadata,
    ) {
    }

    public function channel(): Channel
    {
        return $this->channel;
    }

    public function onRelease(Closure $hook): void
    {
        $this->releaseHooks[] = $hook; // leak
    }

    public function release(): void
    {
        if ($this->released) {
            return;
        }
        $this->released = true;
        foreach ($this->releaseHooks as $hook) {
            $hook();
        }
    }
}

final class ChannelPool
{
    /** @var array<string, list<Channel>> */
    private array $idle = [];
    /** @var array<string, int> */
    private array $inUse = [];
    private int $nextId = 0;

    /** @param array<string, int> $targets target => size */
    public function __construct(array $targets)
    {
        foreach ($targets as $target => $size) {
            for ($i = 0; $i < $size; $i++) {
                $this->idle[$target][] = new Channel($target, ++$this->nextId);
            }
            $this->inUse[$target] = 0;
        }
    }

    /** @param array<string, string> $metadata */
    public function acquire(string $target, array $metadata, float $timeout): ChannelLease
    {
        $channel = array_pop($this->idle[$target]) ?? new Channel($target, ++$this->nextId);
        $this->inUse[$target]++;

        $lease = new ChannelLease($channel, $metadata['x-request-id'], microtime(true) + $timeout, $metadata);
        $lease->onRelease(function () use (&$lease, $target): void { // leak
            $this->inUse[$target]--;
            $this->idle[$target][] = $lease->channel();
        });

        return $lease;
    }
}

final class InventoryGrpcClient
{
    public function __construct(private ChannelPool $pool, private string $target = 'inventory.svc:50051')
    {
    }

    public function getStock(string $sku, string $warehouse, array $metadata): array
    {
        $lease = $this->pool->acquire($this->target, $metadata, 0.25);
        try {
            $message = pack('n', strlen($sku)) . $sku . pack('n', strlen($warehouse)) . $warehouse;

            return $lease->channel()->unary('/inventory.v1.Stock/Get', $message, $lease->metadata, $lease->deadline);
        } finally {
            $lease->release();
        }
    }
}

// ---------------------------------------------------------------------------
// Worker wiring
// ---------------------------------------------------------------------------

$server = new SwooleHttpServer('0.0.0.0', 9501);
$client = null;

$server->on('workerStart', function (SwooleHttpServer $server, int $workerId) use (&$client): void {
    $client = new InventoryGrpcClient(new ChannelPool(['inventory.svc:50051' => 4, 'pricing.svc:50051' => 2]));
});

$server->on('request', function (SwooleRequest $request, SwooleResponse $response) use (&$client): void {
    $metadata = [
        'x-request-id' => $request->header['x-request-id'] ?? bin2hex(random_bytes(8)),
        'authorization' => $request->header['authorization'] ?? '',
        'grpc-timeout' => '250m',
        'user-agent' => 'grpc-php-bridge/1.3',
    ];
    [$code, $reply] = $client->getStock($request->get['sku'] ?? '', $request->get['warehouse'] ?? 'default', $metadata);
    $response->status($code === 0 ? 200 : 502);
    $response->end(json_encode(['reply' => $reply]));
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server->start(static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        yield new SwooleRequest(
            ['request_method' => 'GET', 'request_uri' => '/stock'],
            [
                'x-request-id' => sprintf('%08x-%04x', $i * 2654435761 % 4294967296, $i % 65536),
                'authorization' => 'Bearer ' . base64_encode(json_encode(['sub' => 'svc-' . ($i % 9), 'iat' => 1700000000 + $i])),
            ],
            ['sku' => sprintf('SKU-%06d', ($i * 37) % 250000), 'warehouse' => ['ams', 'fra', 'iad'][$i % 3]],
        );
    }
});
