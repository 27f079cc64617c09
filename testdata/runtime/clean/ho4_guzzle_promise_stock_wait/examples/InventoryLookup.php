<?php

declare(strict_types=1);

namespace GuzzleHttp\Promise\Examples;

use GuzzleHttp\Promise\Promise;
use GuzzleHttp\Promise\PromiseInterface;

/**
 * Client facade that exposes the synchronous backend through lazily evaluated promises.
 */
final class InventoryLookup
{
    public function __construct(private InventoryBackend $backend)
    {
    }

    /**
     * Returns a promise that only hits the backend once somebody waits on it.
     */
    public function stockAsync(string $sku): PromiseInterface
    {
        $promise = new Promise(function () use (&$promise, $sku): void {
            $promise->resolve($this->backend->fetch($sku));
        });

        return $promise;
    }

    /**
     * @return array<string, mixed>
     */
    public function stock(string $sku): array
    {
        $json = $this->stockAsync($sku)->wait();

        return json_decode($json, true, 16, JSON_THROW_ON_ERROR);
    }
}
