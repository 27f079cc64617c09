<?php

declare(strict_types=1);

namespace App\Secrets;

/**
 * Stand-in for the Vault HTTP API (/v1/database/creds/<role>): returns a fresh
 * dynamic credential with its own lease on every read.
 */
final class VaultTransport
{
    private int $reads = 0;

    public function __construct(private readonly string $address, private readonly string $token)
    {
    }

    /** @return array<string, mixed> */
    public function get(string $path): array
    {
        $n = ++$this->reads;

        return [
            'request_id' => sprintf('%08x-%04x-%04x-%04x-%012x', crc32($path . $n), $n & 0xffff, 0x4a1c, 0x9e00 | ($n & 0xff), $n * 7919),
            'lease_id' => $path . '/' . substr(hash('sha256', $this->token . $n), 0, 24),
            'lease_duration' => 3600,
            'renewable' => true,
            'data' => [
                'username' => sprintf('v-ci-runner-%s-%d', substr(sha1((string) $n), 0, 12), 1_700_000_000 + $n),
                'password' => 'A1a-' . substr(hash('sha512', 'pw' . $n), 0, 40),
            ],
            'warnings' => null,
            'mount_type' => 'database',
        ];
    }

    public function put(string $path, array $body): array
    {
        return ['lease_id' => $body['lease_id'] ?? '', 'lease_duration' => $body['increment'] ?? 3600, 'renewable' => true];
    }
}

final class Lease
{
    /** @var \WeakReference<Secret>|null */
    private ?\WeakReference $secret = null;
    private int $expiresAt;

    public function __construct(
        public readonly string $id,
        private int $ttl,
        public readonly bool $renewable,
        private readonly VaultTransport $vault,
        int $issuedAt,
    ) {
        $this->expiresAt = $issuedAt + $ttl;
    }

    public function attachTo(Secret $secret): void
    {
        $this->secret = \WeakReference::create($secret);
    }

    public function secret(): ?Secret
    {
        return $this->secret?->get();
    }

    public function expiresWithin(int $seconds, int $now): bool
    {
        return $this->expiresAt - $now <= $seconds;
    }

    public function renew(int $now, int $increment = 3600): void
    {
        if (!$this->renewable) {
            return;
        }
        $answer = $this->vault->put('sys/leases/renew', ['lease_id' => $this->id, 'increment' => $increment]);
        $this->ttl = (int) $answer['lease_duration'];
        $this->expiresAt = $now + $this->ttl;
    }
}

final class Secret
{
    public readonly Lease $lease;

    /** @param array<string, string> $data */
    public function __construct(
        public readonly string $path,
        public readonly string $requestId,
        public readonly array $data,
        Lease $lease,
    ) {
        $lease->attachTo($this);
        $this->lease = $lease;
    }

    public function get(string $key): string
    {
        return $this->data[$key] ?? throw new \OutOfBoundsException("No '$key' in secret at {$this->path}");
    }
}

final class VaultClient
{
    public function __construct(private readonly VaultTransport $transport, private readonly \Closure $clock)
    {
    }

    public function read(string $path): Secret
    {
        $raw = $this->transport->get($path);
        $lease = new Lease((string) $raw['lease_id'], (int) $raw['lease_duration'], (bool) $raw['renewable'], $this->transport, ($this->clock)());

        return new Secret($path, (string) $raw['request_id'], $raw['data'], $lease);
    }
}

final class BuildDatabaseProvisioner
{
    public function __construct(private readonly VaultClient $vault, private readonly string $host)
    {
    }

    /** @return array{dsn: string, user: string, lease: string} */
    public function forJob(string $project, int $jobId, int $now): array
    {
        $secret = $this->vault->read('database/creds/ci-' . $project);
        if ($secret->lease->expiresWithin(300, $now)) {
            $secret->lease->renew($now);
        }

        return [
            'dsn' => sprintf('pgsql:host=%s;dbname=ci_%s_%d', $this->host, $project, $jobId),
            'user' => $secret->get('username'),
            'lease' => $secret->lease->id,
        ];
    }
}

// --- Swoole worker boot ----------------------------------------------------------

$now = 1_700_000_000;
$clock = static function () use (&$now): int {
    return $now;
};
$provisioner = new BuildDatabaseProvisioner(
    new VaultClient(new VaultTransport('https://vault.internal:8200', 'hvs.CAESIJ' . str_repeat('k3', 20)), $clock),
    'pg-ci.internal',
);

// --- request loop (stand-in for $server->on('request', ...)) ---------------------------

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$projects = ['build-agent', 'web-console', 'artifact-store'];
$issued = [];
for ($i = 0; $i < $n; $i++) {
    $now += 3;
    $credentials = $provisioner->forJob($projects[$i % 3], 52_000 + $i, $now);
    $issued[$i % 16] = $credentials['lease'];
}
