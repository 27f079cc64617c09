<?php

declare(strict_types=1);

/**
 * RoadRunner-style HTTP worker for the checkout API. Metrics go to a
 * DogStatsD agent through a small batching client.
 */

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly int $sequence,
    ) {
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class RoadRunnerWorker
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;

        return new ServerRequest(
            $i % 3 === 0 ? 'POST' : 'GET',
            '/api/checkout/' . ($i % 17) . '/summary',
            ['x-request-id' => sprintf('req-%08d', $i), 'user-agent' => 'shop-ios/5.2.1'],
            $i,
        );
    }

    public function respond(Response $response): void
    {
    }
}

interface MetricsTransport
{
    public function send(string $payload): void;
}

final class UdpTransport implements MetricsTransport
{
    public int $datagrams = 0;
    public int $bytes = 0;

    public function __construct(private readonly string $host, private readonly int $port)
    {
    }

    public function send(string $payload): void
    {
        $this->datagrams++;
        $this->bytes += strlen($payload);
    }
}

final class StatsdClient
{
    /** @var list<string> */
    private array $buffer = [];

    public function __construct(
        private readonly MetricsTransport $transport,
        private readonly string $namespace,
        private readonly int $maxBatch,
        private readonly array $globalTags = [],
    ) {
    }

    public static function fromConfig(array $config): self
    {
        return new self(
            new UdpTransport($config['host'], $config['port']),
            $config['namespace'],
            (int) ($config['max_batch'] ?? 0),
            $config['tags'] ?? [],
        );
    }

    public function timing(string $metric, float $ms, array $tags = []): void
    {
        $this->record($metric, sprintf('%.3f', $ms), 'ms', $tags);
    }

    public function increment(string $metric, array $tags = []): void
    {
        $this->record($metric, '1', 'c', $tags);
    }

    private function record(string $metric, string $value, string $type, array $tags): void
    {
        $tags = array_merge($this->globalTags, $tags);
        $pairs = [];
        foreach ($tags as $k => $v) {
            $pairs[] = $k . ':' . $v;
        }
        $this->buffer[] = sprintf('%s.%s:%s|%s|#%s', $this->namespace, $metric, $value, $type, implode(',', $pairs));

        if ($this->maxBatch > 0 && count($this->buffer) >= $this->maxBatch) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->buffer === []) {
            return;
        }
        $this->transport->send(implode("\n", $this->buffer));
        $this->buffer = [];
    }

    public function __destruct()
    {
        $this->flush();
    }
}

final class CheckoutController
{
    public function __construct(private readonly StatsdClient $stats)
    {
    }

    public function summary(ServerRequest $request): Response
    {
        $cartId = (int) basename(dirname($request->path));
        $this->stats->increment('checkout.summary', ['cart_bucket' => (string) ($cartId % 4)]);

        return new Response(200, json_encode(['cart' => $cartId, 'items' => $cartId % 5]));
    }
}

$config = [
    'statsd' => [
        'host' => '127.0.0.1',
        'port' => 8125,
        'namespace' => 'shop.checkout',
        // keep datagrams below the 8 KiB agent buffer
        'max_batch' => (int) (getenv('STATSD_MAX_BATCH') ?: 50),
        'tags' => ['env' => 'production', 'service' => 'checkout-api', 'region' => 'eu-west-1'],
    ],
];

$stats = StatsdClient::fromConfig($config['statsd']);
$controller = new CheckoutController($stats);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new RoadRunnerWorker($n);

while ($request = $worker->waitRequest()) {
    $started = $request->sequence * 0.25;
    $response = $controller->summary($request);
    $stats->timing('http.request', 12.5 + ($request->sequence % 40), [
        'method' => $request->method,
        'route' => 'checkout_summary',
        'status' => (string) $response->status,
    ]);
    $stats->increment('http.response.' . $response->status, ['route' => 'checkout_summary']);
    $worker->respond($response);
}
