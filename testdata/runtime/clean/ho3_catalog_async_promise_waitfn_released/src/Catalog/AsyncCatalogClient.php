<?php

declare(strict_types=1);

namespace App\Catalog;

use GuzzleHttp\Promise\Promise;
use GuzzleHttp\Promise\PromiseInterface;

/**
 * Lazy catalog client: nothing is sent until somebody waits on the promise.
 */
final class AsyncCatalogClient
{
    public function __construct(private readonly CatalogTransport $transport) {}

    public function getProductAsync(int $id): PromiseInterface
    {
        $path = '/v2/products/' . $id;

        $promise = new Promise(function () use (&$promise, $path): void {
            try {
                $promise->resolve($this->transport->fetch($path));
            } catch (\Throwable $e) {
                $promise->reject($e);
            }
        });

        return $promise;
    }

    public function getProduct(int $id): ProductPayload
    {
        return $this->getProductAsync($id)
            ->then(static fn (string $body): ProductPayload => ProductPayload::fromJson($body))
            ->wait();
    }
}
