<?php

namespace App\Inventory;

use GuzzleHttp\Promise\Promise;
use GuzzleHttp\Promise\PromiseInterface;

final class StockClient
{
    public function __construct(private readonly SyncTransport $transport)
    {
    }

    public function stockLevelAsync(string $sku): PromiseInterface
    {
        $path = '/v2/stock';
        $transport = $this->transport;

        $promise = new Promise(function () use (&$promise, $transport, $path, $sku) { // leak
            $promise->resolve($transport->transfer('GET', $path, ['sku' => $sku]));
        }, function () use ($transport, $path) {
            $transport->abort($path);
        });

        return $promise;
    }
}
