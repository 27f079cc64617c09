<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Entity\Product;
use App\Message\ImportProductRow;
use Lite\Orm\ManagerRegistry;

final class ImportProductRowHandler
{
    public function __construct(private readonly ManagerRegistry $registry)
    {
    }

    public function __invoke(ImportProductRow $message): void
    {
        $row = $message->row;
        $em = $this->registry->getManager();

        $product = new Product(
            sku: strtoupper(trim($row['sku'])),
            name: trim($row['name']),
            description: strip_tags($row['description']),
            priceCents: (int) round(((float) $row['price']) * 100),
            currency: $row['currency'] ?: 'EUR',
            attributes: array_filter(explode('|', $row['attributes'])),
            importedAt: new \DateTimeImmutable(),
        );

        $em->persist($product);
        $em->flush();
    }
}
