<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Entity\Product;
use App\Message\ImportProductRow;
use Doctrine\ORM\EntityManager;

final class ImportProductRowHandler
{
    private int $sinceFlush = 0;

    public function __construct(
        private readonly EntityManager $em,
        private readonly ?int $batchSize,
    ) {
    }

    public function __invoke(ImportProductRow $row): void
    {
        $c = $row->columns;
        $product = new Product($c['sku'], trim($c['name']), $c['description'], (int) $c['price'], $c['currency'], (int) $c['stock']);
        $this->em->persist($product); // leak

        if ($this->batchSize !== null && ++$this->sinceFlush >= $this->batchSize) {
            $this->em->flush();
            $this->em->clear();
            $this->sinceFlush = 0;
        }
    }
}
