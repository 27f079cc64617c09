<?php

declare(strict_types=1);

namespace App\Billing;

final class ChargeInvoice
{
    /** @param list<array{sku: string, qty: int, cents: int}> $lines */
    public function __construct(
        public readonly string $invoiceId,
        public readonly string $customerId,
        public readonly array $lines,
        public readonly string $memo,
    ) {
    }
}

final class ChargeInvoiceHandler
{
    private int $charged = 0;

    public function __invoke(ChargeInvoice $message): string
    {
        $total = 0;
        foreach ($message->lines as $line) {
            $total += $line['qty'] * $line['cents'];
        }
        $this->charged += $total;

        return 'ch_' . substr(md5($message->invoiceId), 0, 16);
    }
}
