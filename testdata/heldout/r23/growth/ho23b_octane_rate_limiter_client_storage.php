<?php

declare(strict_types=1);

// Laravel Octane API: a throttle middleware keeps token buckets in worker
// memory, one set per authenticated API client, with a quota per route group.

final class ApiClient
{
    /** @param list<string> $scopes */
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $plan,
        public readonly array $scopes,
        public readonly array $metadata,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self(
            (int) $row['id'],
            $row['name'],
            $row['plan'],
            explode(',', $row['scopes']),
            json_decode($row['metadata'], true),
        );
    }
}

final class TokenBucket
{
    public function __construct(
        private float $tokens,
        private float $updatedAt,
        private readonly int $capacity,
        private readonly float $refillPerSecond,
    ) {
    }

    public function consume(float $now): bool
    {
        $this->tokens = min($this->capacity, $this->tokens + ($now - $this->updatedAt) * $this->refillPerSecond);
        $this->updatedAt = $now;
        if ($this->tokens < 1) {
            return false;
        }
        $this->tokens--;

        return true;
    }
}

final class ClientRepository
{
    /** @var array<string, array<string, string>> rows keyed by sha256(api key) */
    private array $rows = [];

    public function __construct(array $rows)
    {
        foreach ($rows as $row) {
            $this->rows[$row['key_hash']] = $row;
        }
    }

    public function findByApiKey(string $apiKey): ?ApiClient
    {
        $row = $this->rows[hash('sha256', $apiKey)] ?? null;

        return $row === null ? null : ApiClient::fromRow($row);
    }
}

final class InMemoryBucketStorage
{
    private SplObjectStorage $buckets;

    public function __construct()
    {
        $this->buckets = new SplObjectStorage();
    }

    /** @param callable(ApiClient, string): TokenBucket $factory */
    public function bucket(ApiClient $client, string $group, callable $factory): TokenBucket
    {
        if (!$this->buckets->contains($client)) {
            $this->buckets->attach($client, new ArrayObject()); // leak
        }
        $groups = $this->buckets[$client];
        if (!isset($groups[$group])) {
            $groups[$group] = $factory($client, $group);
        }

        return $groups[$group];
    }
}

final class ThrottleRequests
{
    private const QUOTAS = [
        'free' => ['api' => [60, 1.0], 'export' => [5, 0.05]],
        'pro' => ['api' => [600, 10.0], 'export' => [50, 0.5]],
    ];

    public function __construct(private readonly InMemoryBucketStorage $storage)
    {
    }

    public function handle(array $request, Closure $next): array
    {
        $client = $request['client'];
        $group = str_starts_with($request['path'], '/api/exports') ? 'export' : 'api';
        $bucket = $this->storage->bucket($client, $group, self::makeBucket(...));

        if (!$bucket->consume($request['time'])) {
            return [429, ['Retry-After' => '1']];
        }

        return $next($request);
    }

    private static function makeBucket(ApiClient $client, string $group): TokenBucket
    {
        [$capacity, $rate] = self::QUOTAS[$client->plan][$group];

        return new TokenBucket($capacity, 0.0, $capacity, $rate);
    }
}

final class ApiKernel
{
    public function __construct(
        private readonly ClientRepository $clients,
        private readonly ThrottleRequests $throttle,
    ) {
    }

    public function handle(array $request): array
    {
        $client = $this->clients->findByApiKey($request['headers']['x-api-key'] ?? '');
        if ($client === null) {
            return [401, []];
        }
        $request['client'] = $client;

        return $this->throttle->handle($request, static fn (array $r): array => [200, ['client' => $r['client']->name, 'path' => $r['path']]]);
    }
}

// Boot: API client rows are loaded from the database once.
$apiKeys = [];
$rows = [];
foreach (['acme' => 'pro', 'globex' => 'free', 'initech' => 'pro', 'umbrella' => 'free', 'hooli' => 'pro'] as $name => $plan) {
    $apiKeys[] = $key = "sk_live_{$name}_" . hash('crc32b', $name);
    $rows[] = [
        'id' => (string) (count($rows) + 1),
        'name' => $name,
        'plan' => $plan,
        'key_hash' => hash('sha256', $key),
        'scopes' => 'orders:read,orders:write,exports:create,webhooks:manage',
        'metadata' => json_encode(['contact' => "ops@{$name}.test", 'region' => 'eu-central-1', 'created_at' => '2023-04-01T10:00:00Z']),
    ];
}

$kernel = new ApiKernel(new ClientRepository($rows), new ThrottleRequests(new InMemoryBucketStorage()));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$paths = ['/api/orders', '/api/orders/%d', '/api/exports'];
for ($i = 0; $i < $n; $i++) {
    $kernel->handle([
        'path' => sprintf($paths[$i % 3], 7000 + $i),
        'time' => 1_700_000_000.0 + $i * 0.2,
        'headers' => ['x-api-key' => $apiKeys[$i % 5], 'x-request-id' => uniqid('req_', true)],
    ]);
}
