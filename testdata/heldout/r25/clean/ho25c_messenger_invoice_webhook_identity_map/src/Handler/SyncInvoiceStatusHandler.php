<?php

namespace App\Handler;

use AcmeOrm\EntityManager;
use App\Entity\Invoice;
use App\Message\SyncInvoiceStatus;

final class SyncInvoiceStatusHandler
{
    private const STATUS_MAP = ['paid' => 'settled', 'failed' => 'open', 'refunded' => 'credited'];

    public function __construct(private EntityManager $em)
    {
    }

    public function __invoke(SyncInvoiceStatus $message): void
    {
        $invoice = $this->em->find(Invoice::class, $message->invoiceId);
        if ($invoice === null) {
            return;
        }
        $status = self::STATUS_MAP[$message->providerStatus] ?? 'open';
        $invoice->markSynced(
            $message->providerReference,
            $status,
            (new \DateTimeImmutable())->setTimestamp($message->occurredAt),
        );
        $this->em->persist($invoice);
        $this->em->flush();
    }
}
