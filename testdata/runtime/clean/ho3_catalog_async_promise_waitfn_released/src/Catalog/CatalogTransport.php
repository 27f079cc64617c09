<?php

declare(strict_types=1);

namespace App\Catalog;

/**
 * Pretends to be a multiplexed HTTP transport; tick() drives one request to completion.
 */
final class CatalogTransport
{
    private int $requests = 0;

    public function __construct(private readonly string $baseUri) {}

    public function fetch(string $path): string
    {
        $this->requests++;
        $id = (int) basename($path);

        return json_encode([
            'id' => $id,
            'sku' => sprintf('SKU-%06d', $id),
            'title' => 'Product ' . $id,
            'description' => str_repeat('Hand-finished oak with matte lacquer. ', 18),
            'tags' => ['furniture', 'oak', 'living-room'],
        ], JSON_THROW_ON_ERROR);
    }

    public function requestCount(): int
    {
        return $this->requests;
    }

    public function baseUri(): string
    {
        return $this->baseUri;
    }
}
