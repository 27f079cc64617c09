<?php

namespace App\MessageHandler;

use App\Message\ImportProductRow;
use App\Repository\ProductRepository;
use Monolog\Logger;

final class ImportProductRowHandler
{
    public function __construct(private ProductRepository $products, private Logger $logger)
    {
    }

    public function __invoke(ImportProductRow $row): int
    {
        $affected = $this->products->upsert($row->sku, $row->name, $row->priceCents, $row->attributes);
        $this->logger->info('Imported product row', [
            'batch' => $row->batchId,
            'sku' => $row->sku,
            'row' => $row->row,
        ]);

        return $affected;
    }
}
