<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Entity\Product;
use App\Message\SyncProductStock;
use Doctrine\ORM\EntityManager;

final class SyncProductStockHandler
{
    public function __construct(private EntityManager $entityManager)
    {
    }

    public function __invoke(SyncProductStock $message): void
    {
        /** @var Product|null $product */
        $product = $this->entityManager->getRepository(Product::class)->find($message->productId);
        if ($product === null) {
            throw new \RuntimeException(sprintf('Product %d not found', $message->productId));
        }

        $product->adjustStock($message->delta, '2024-03-02 08:15:00');
        $this->entityManager->flush();
    }
}
