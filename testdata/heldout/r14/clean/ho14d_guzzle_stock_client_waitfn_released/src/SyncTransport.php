<?php

namespace App\Inventory;

/**
 * Blocking transport used by the worker: pretends to perform a cURL
 * transfer and returns the raw JSON body of the warehouse API.
 */
final class SyncTransport
{
    private int $transfers = 0;

    public function __construct(private readonly string $baseUri, private readonly float $timeout)
    {
    }

    public function transfer(string $method, string $path, array $query): string
    {
        $this->transfers++;
        $rows = [];
        foreach (['eu-west', 'eu-central', 'us-east', 'ap-south'] as $n => $dc) {
            $rows[] = sprintf(
                '{"dc":"%s","sku":"%s","on_hand":%d,"reserved":%d,"eta":"2024-05-%02d","bin":"%s"}',
                $dc,
                $query['sku'],
                ($this->transfers * 7 + $n) % 500,
                ($this->transfers + $n) % 40,
                1 + ($this->transfers + $n) % 28,
                md5($dc . $query['sku'] . $this->transfers)
            );
        }

        return sprintf('{"uri":"%s%s","timeout":%.1f,"items":[%s]}', $this->baseUri, $path, $this->timeout, implode(',', $rows));
    }

    public function abort(string $path): void
    {
    }
}
