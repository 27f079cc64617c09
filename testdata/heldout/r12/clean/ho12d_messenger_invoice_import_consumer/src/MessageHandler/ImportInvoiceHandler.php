<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Entity\Invoice;
use App\Message\ImportInvoice;
use Doctrine\ORM\EntityManagerInterface;
use Doctrine\Persistence\ManagerRegistry;

final class ImportInvoiceHandler
{
    private int $sequence = 0;

    public function __construct(private ManagerRegistry $registry)
    {
    }

    public function __invoke(ImportInvoice $message): void
    {
        $entityManager = $this->entityManager();

        if ($entityManager->find(Invoice::class, $message->externalId) !== null) {
            return;
        }

        $invoice = $this->createInvoice($message);
        foreach ($message->lines as $line) {
            $invoice->addLine($line['sku'], $line['description'], $line['quantity'], $line['unitCents']);
        }

        $entityManager->persist($invoice);
        $entityManager->flush();
    }

    private function entityManager(): EntityManagerInterface
    {
        return $this->registry->getManager();
    }

    private function createInvoice(ImportInvoice $message): Invoice
    {
        $this->sequence++;

        return new Invoice(
            $message->externalId,
            sprintf('INV-%s-%06d', date('Y'), $this->sequence),
            $message->customerName,
            $message->billingAddress,
            new \DateTimeImmutable('2024-03-01 10:00:00'),
        );
    }
}
