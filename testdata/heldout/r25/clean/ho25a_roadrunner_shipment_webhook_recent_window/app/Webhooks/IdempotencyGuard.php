<?php

declare(strict_types=1);

namespace App\Webhooks;

use Acme\Cache\Cache;

/**
 * Carriers retry webhooks until they get a 2xx, and they retry within
 * minutes; a retried delivery must get the same answer without applying the
 * status twice. Only the most recent deliveries are worth remembering.
 */
final class IdempotencyGuard
{
    private const TTL_SECONDS = 172800;
    private const WINDOW = 64;

    public function __construct(private readonly string $namespace = 'carrier-webhooks')
    {
    }

    /** @return array{status: int, body: string}|null */
    public function replay(string $carrier, string $deliveryId): ?array
    {
        return $this->recent()[$this->entryKey($carrier, $deliveryId)] ?? null;
    }

    /** @param array{status: int, body: string} $response */
    public function remember(string $carrier, string $deliveryId, array $response): void
    {
        $recent = $this->recent();
        $recent[$this->entryKey($carrier, $deliveryId)] = $response;
        if (count($recent) > self::WINDOW) {
            $recent = array_slice($recent, -self::WINDOW, null, true);
        }

        Cache::put($this->windowKey(), $recent, self::TTL_SECONDS);
    }

    /** @return array<string, array{status: int, body: string}> */
    private function recent(): array
    {
        return Cache::get($this->windowKey(), []);
    }

    private function windowKey(): string
    {
        return $this->namespace . ':recent';
    }

    private function entryKey(string $carrier, string $deliveryId): string
    {
        return $carrier . ':' . $deliveryId;
    }
}
