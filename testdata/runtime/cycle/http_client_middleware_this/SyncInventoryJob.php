<?php

final class SyncInventoryJob
{
    public function __construct(private string $baseUri) {}

    public function handle(int $sku): int
    {
        $client = new ApiClient($this->baseUri, str_repeat('tok', 120) . $sku);
        return $client->get("/inventory/{$sku}")['status'];
    }
}
