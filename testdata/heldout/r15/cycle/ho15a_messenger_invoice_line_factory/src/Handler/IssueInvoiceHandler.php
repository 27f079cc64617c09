<?php

declare(strict_types=1);

namespace Billing\Handler;

use Billing\Domain\Invoice;
use Billing\Domain\LineFactoryInterface;
use Billing\Messenger\IssueInvoice;

final class IssueInvoiceHandler
{
    private int $issued = 0;
    private int $lastTotal = 0;

    public function __construct(private readonly LineFactoryInterface $lineFactory)
    {
    }

    public function __invoke(IssueInvoice $message): void
    {
        $invoice = new Invoice(
            sprintf('INV-%s-%06d', date('Y'), $message->sequence),
            $message->customerId,
            $message->currency,
            $this->lineFactory,
        );

        foreach ($message->rows as $row) {
            $invoice->addLine($row);
        }

        $this->lastTotal = $invoice->totalCents();
        $this->issued++;
    }
}
