<?php
namespace App\MessageHandler;

use App\Catalog\ProductRepository;
use App\Message\ImportProductRow;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'async')]
final class ImportProductRowHandler
{
    /** @var array<string, ImportProductRow> rows already written, to skip duplicates in the feed */
    private array $imported = [];

    public function __construct(private ProductRepository $products) {}

    public function __invoke(ImportProductRow $row): void
    {
        if (isset($this->imported[$row->sku]) && $this->imported[$row->sku] == $row) {
            return;
        }
        $this->products->upsert($row->sku, trim($row->name), trim($row->description), $row->priceCents);
        $this->imported[$row->sku] = $row; // leak
    }
}
