<?php
namespace App\MessageHandler;

use App\Catalog\ProductRepository;
use App\Message\ImportProductRow;
use Symfony\Component\Messenger\Handler\MessageHandlerInterface;

final class ImportProductRowHandler implements MessageHandlerInterface
{
    private const BATCH_SIZE = 50;

    /** @var array<string, ImportProductRow> rows waiting for the next bulk upsert */
    private array $pending = [];

    public function __construct(private ProductRepository $products) {}

    public function __invoke(ImportProductRow $row): void
    {
        $this->pending[$row->sku] = $row;
        if (\count($this->pending) >= self::BATCH_SIZE) {
            $this->products->upsertMany(array_values($this->pending));
            $this->pending = [];
        }
    }
}
