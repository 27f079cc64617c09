<?php

declare(strict_types=1);

namespace App\Handler;

use App\Entity\Invoice;
use App\Message\GenerateInvoice;
use DoctrineLite\EntityManager;

final class GenerateInvoiceHandler
{
    public function __construct(private readonly EntityManager $em)
    {
    }

    public function __invoke(GenerateInvoice $message): void
    {
        $id = 'INV-' . $message->orderNumber;
        if ($this->em->find(Invoice::class, $id) !== null) {
            return; // redelivered message, already invoiced
        }

        $invoice = new Invoice($id, $message->customerId, new \DateTimeImmutable('2024-05-01 12:00:00'), $message->billingAddress);
        foreach ($message->items as $item) {
            $invoice->addItem($item['label'], $item['cents']);
        }

        $this->em->persist($invoice);
        $this->em->flush();
    }
}
