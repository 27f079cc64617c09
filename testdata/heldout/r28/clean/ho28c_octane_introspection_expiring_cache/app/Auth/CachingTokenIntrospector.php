<?php

namespace App\Auth;

/**
 * Caches introspection responses so that a burst of API calls with the same
 * access token does not hit the authorization server every time. Entries
 * carry their own expiry and are written in expiry order (the TTL is fixed),
 * so the oldest entries sit at the front of the array.
 */
final class CachingTokenIntrospector
{
    /** @var array<string, array{claims: array, expires_at: int}> */
    private array $entries = [];

    public function __construct(
        private AuthorizationServerClient $client,
        private int $ttl,
        private int $maxSweepPerWrite,
    ) {
    }

    public function introspect(string $bearer, int $now): ?array
    {
        $key = $this->cacheKey($bearer);

        $cached = $this->lookup($key, $now);
        if ($cached !== null) {
            return $cached;
        }

        $claims = $this->client->introspect($bearer);
        if (!($claims['active'] ?? false)) {
            return null;
        }

        $this->remember($key, $claims, $now);

        return $claims;
    }

    public function revoke(string $bearer): void
    {
        unset($this->entries[$this->cacheKey($bearer)]);
    }

    private function lookup(string $key, int $now): ?array
    {
        $entry = $this->entries[$key] ?? null;
        if ($entry === null) {
            return null;
        }
        if ($entry['expires_at'] <= $now) {
            unset($this->entries[$key]);

            return null;
        }

        return $entry['claims'];
    }

    private function remember(string $key, array $claims, int $now): void
    {
        $this->sweep($now);

        // Fixed TTL (not the token's own exp) keeps the array in expiry order.
        $this->entries[$key] = ['claims' => $claims, 'expires_at' => $now + $this->ttl];
    }

    private function sweep(int $now): void
    {
        $budget = $this->maxSweepPerWrite;
        foreach ($this->entries as $key => $entry) {
            if ($entry['expires_at'] > $now || $budget-- === 0) {
                break;
            }
            unset($this->entries[$key]);
        }
    }

    private function cacheKey(string $bearer): string
    {
        return 'introspect:' . hash('sha256', $bearer);
    }
}
