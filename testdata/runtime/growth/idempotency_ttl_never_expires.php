<?php
// An idempotency store purges expired keys on every write, but keys live an hour and the worker never gets there.

final class IdempotencyStore
{
    /** @var array<string, array{response: array, expires: int}> */
    private array $keys = [];

    public function __construct(private int $ttl = 3600) {}

    public function remember(string $key, array $response): void
    {
        $this->purgeExpired();
        $this->keys[$key] = ['response' => $response, 'expires' => time() + $this->ttl]; // leak
    }

    public function seen(string $key): bool
    {
        return isset($this->keys[$key]);
    }

    private function purgeExpired(): void
    {
        $now = time();
        foreach ($this->keys as $key => $entry) {
            if ($entry['expires'] <= $now) {
                unset($this->keys[$key]);
            }
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$store = new IdempotencyStore();
for ($i = 0; $i < $n; $i++) {
    $key = 'pay_' . md5((string) $i);
    if (!$store->seen($key)) {
        $store->remember($key, ['status' => 201, 'body' => json_encode(['payment' => $i, 'receipt' => str_repeat('R', 500)])]);
    }
}
