<?php

declare(strict_types=1);

namespace App\Import;

use App\Entity\PriceHistory;
use App\Entity\Product;
use OrmLite\EntityManager;

final class ProductImporter
{
    private int $imported = 0;

    public function __construct(
        private readonly EntityManager $em,
        private readonly CsvRowHydrator $hydrator,
        private readonly int $batchSize,
    ) {
    }

    public function importLine(string $line, string $feed, \DateTimeImmutable $now): void
    {
        $product = $this->hydrator->hydrate($line);
        $product->markImported($now);

        $this->em->persist($product); // leak
        $this->em->persist($this->priceSnapshot($product, $feed)); // leak
        $this->imported++;

        $this->flushIfBatchComplete();
    }

    public function finish(): void
    {
        $this->em->flush();
        $this->em->clear();
    }

    private function priceSnapshot(Product $product, string $feed): PriceHistory
    {
        return new PriceHistory(
            sprintf('%s@%d', $product->getSku(), $this->imported),
            $product->getSku(),
            $product->getPriceCents(),
            $feed,
        );
    }

    private function flushIfBatchComplete(): void
    {
        if ($this->em->getUnitOfWork()->size() === $this->batchSize) {
            $this->em->flush();
            $this->em->clear();
        }
    }
}
