<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Entity\Product;
use App\Entity\StockMovement;
use App\Message\StockLevelChanged;
use Doctrine\Persistence\ManagerRegistry;

final class StockLevelChangedHandler
{
    public function __construct(private ManagerRegistry $doctrine)
    {
    }

    public function __invoke(StockLevelChanged $message): void
    {
        $em = $this->doctrine->getManager();

        $product = $em->find(Product::class, $message->productId);
        if ($product === null) {
            return;
        }

        $delta = $message->newLevel - $product->stockOnHand;
        if ($delta === 0) {
            return;
        }

        $product->stockOnHand = $message->newLevel;
        $em->persist(new StockMovement($product, $message->warehouse, $delta, $message->erpReference));
        $em->flush();
    }
}
