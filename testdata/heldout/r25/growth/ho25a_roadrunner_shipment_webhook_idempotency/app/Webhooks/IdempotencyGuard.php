<?php

declare(strict_types=1);

namespace App\Webhooks;

use Acme\Cache\Cache;

/**
 * Carriers retry webhooks until they get a 2xx; a retried delivery must get
 * the same answer without applying the status twice.
 */
final class IdempotencyGuard
{
    private const TTL_SECONDS = 172800;

    public function __construct(private readonly string $namespace = 'carrier-webhooks')
    {
    }

    /** @return array{status: int, body: string}|null */
    public function replay(string $carrier, string $deliveryId): ?array
    {
        return Cache::get($this->cacheKey($carrier, $deliveryId));
    }

    /** @param array{status: int, body: string} $response */
    public function remember(string $carrier, string $deliveryId, array $response): void
    {
        Cache::put($this->cacheKey($carrier, $deliveryId), $response, self::TTL_SECONDS); // leak
    }

    private function cacheKey(string $carrier, string $deliveryId): string
    {
        return sprintf('%s:%s:%s', $this->namespace, $carrier, $deliveryId);
    }
}
