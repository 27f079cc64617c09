<?php

namespace App\MessageHandler;

use App\Audit\AuditTrail;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

final class UpdateInvoice { public function __construct(public readonly int $invoiceId, public readonly string $status, public readonly string $note) {} }

#[AsMessageHandler]
final class UpdateInvoiceHandler
{
    public function __construct(private AuditTrail $audit) {}

    public function __invoke(UpdateInvoice $message): void
    {
        $this->audit->record('invoice.status_changed', 'invoice#' . $message->invoiceId, [
            'status' => ['draft', $message->status],
            'note' => $message->note,
            'actor' => 'billing-worker',
        ]);
    }
}
