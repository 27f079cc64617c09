<?php

declare(strict_types=1);

namespace App\Message;

final class SyncWarehouseStock
{
    /** @param array<string, int> $quantities sku => on hand */
    public function __construct(public readonly string $warehouse, public readonly array $quantities, public readonly string $correlationId) {}
}

namespace App\MessageHandler;

use App\Message\SyncWarehouseStock;
use Monolog\Logger;

final class SyncWarehouseStockHandler
{
    public function __construct(private Logger $logger, private int $lowStockThreshold = 5) {}

    public function __invoke(SyncWarehouseStock $message): void
    {
        $low = array_keys(array_filter($message->quantities, fn (int $qty) => $qty < $this->lowStockThreshold));

        $this->logger->info('Stock synchronised for warehouse {warehouse}', [
            'warehouse' => $message->warehouse,
            'correlation_id' => $message->correlationId,
            'skus' => array_keys($message->quantities),
            'low_stock' => $low,
        ]);
    }
}
