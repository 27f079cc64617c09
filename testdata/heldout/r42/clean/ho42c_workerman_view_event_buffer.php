<?php

declare(strict_types=1);

/*
 * Workerman HTTP worker receiving "view" pings from the web player. Views
 * are batched in memory and written to the analytics store in bulk.
 */

/** Stand-in for Workerman\Protocols\Http\Request. */
final class HttpRequest
{
    /** @param array<string, string> $query @param array<string, string> $headers */
    public function __construct(private readonly string $path, private readonly array $query, private readonly array $headers)
    {
    }

    public function path(): string
    {
        return $this->path;
    }

    public function get(string $name, ?string $default = null): ?string
    {
        return $this->query[$name] ?? $default;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }
}

/** Stand-in for Workerman\Worker: onWorkerStart once, then onMessage per request. */
final class Worker
{
    /** @var callable|null */
    public $onWorkerStart = null;

    /** @var callable|null */
    public $onMessage = null;

    public function __construct(public readonly string $listen)
    {
    }

    /** @param iterable<HttpRequest> $incoming */
    public function serve(iterable $incoming): void
    {
        if ($this->onWorkerStart) {
            ($this->onWorkerStart)($this);
        }
        foreach ($incoming as $request) {
            ($this->onMessage)(new TcpConnection(), $request);
        }
    }
}

final class TcpConnection
{
    public function send(string $payload): void
    {
    }
}

/** ClickHouse HTTP client that opens its keep-alive socket on first use. */
final class ClickHouseClient
{
    private bool $connected = false;
    private int $rowsWritten = 0;

    public function __construct(private readonly string $dsn)
    {
    }

    public function isConnected(): bool
    {
        return $this->connected;
    }

    /** @param list<array<string, scalar>> $rows */
    public function insert(string $table, array $rows): void
    {
        if (!$this->connected) {
            $this->connect();
        }
        $this->rowsWritten += count($rows);
    }

    private function connect(): void
    {
        // TCP + TLS handshake against $this->dsn
        $this->connected = true;
    }
}

final class ViewEvent
{
    public function __construct(
        public readonly string $videoId,
        public readonly string $viewerId,
        public readonly string $sessionId,
        public readonly string $country,
        public readonly string $referrer,
        public readonly string $userAgent,
        public readonly int $positionSec,
        public readonly int $occurredAt,
    ) {
    }

    /** @return array<string, scalar> */
    public function toRow(): array
    {
        return get_object_vars($this);
    }
}

final class ViewEventBuffer
{
    /** @var list<ViewEvent> */
    private array $pending = [];

    public function __construct(
        private readonly ClickHouseClient $clickhouse,
        private readonly int $batchSize,
    ) {
    }

    public function push(ViewEvent $event): void
    {
        $this->pending[] = $event;
        if ($this->readyToFlush()) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->clickhouse->insert('video_views', array_map(static fn (ViewEvent $e) => $e->toRow(), $this->pending));
        $this->pending = [];
    }

    private function readyToFlush(): bool
    {
        // insert() opens the socket itself on the first batch
        return count($this->pending) >= $this->batchSize;
    }
}

final class ViewPingHandler
{
    public function __construct(private readonly ViewEventBuffer $buffer)
    {
    }

    public function __invoke(TcpConnection $connection, HttpRequest $request): void
    {
        if ($request->path() !== '/v1/view') {
            $connection->send("HTTP/1.1 404 Not Found\r\n\r\n");

            return;
        }
        $this->buffer->push(new ViewEvent(
            $request->get('v', ''),
            $request->get('viewer', 'anon'),
            $request->get('sid', ''),
            $request->header('cf-ipcountry', 'XX'),
            $request->header('referer', ''),
            $request->header('user-agent', ''),
            (int) $request->get('t', '0'),
            time(),
        ));
        $connection->send("HTTP/1.1 204 No Content\r\n\r\n");
    }
}

function incoming_pings(int $n): Generator
{
    $countries = ['DE', 'FR', 'US', 'BR', 'JP'];
    for ($i = 0; $i < $n; $i++) {
        $video = sprintf('v%07d', 2000000 + ($i * 37) % 5000);
        yield new HttpRequest('/v1/view', [
            'v' => $video,
            'viewer' => 'u_' . hash('crc32b', (string) $i),
            'sid' => bin2hex(random_bytes(16)),
            't' => (string) ($i % 600),
        ], [
            'cf-ipcountry' => $countries[$i % 5],
            'referer' => 'https://www.example.tv/watch/' . $video . '?list=PL' . ($i % 90) . '&index=' . ($i % 12),
            'user-agent' => sprintf('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_%d) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15', $i % 8, $i % 4),
        ]);
    }
}

$clickhouse = new ClickHouseClient('https://analytics:8443/?database=player');
$buffer = new ViewEventBuffer($clickhouse, 100);
$worker = new Worker('http://0.0.0.0:8080');
$worker->onMessage = new ViewPingHandler($buffer);
$worker->serve(incoming_pings((int) (getenv('PHPLEAK_N') ?: 100)));
