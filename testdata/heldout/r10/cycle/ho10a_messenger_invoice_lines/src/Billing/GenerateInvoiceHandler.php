<?php

declare(strict_types=1);

namespace App\Billing;

use App\Message\GenerateInvoice;

final class GenerateInvoiceHandler
{
    private const TAX_RATES = ['DE' => 0.19, 'FR' => 0.20];

    public function __construct(
        private OrderRepository $orders,
        private InvoiceNumberGenerator $numbers,
        private Connection $db,
    ) {
    }

    public function __invoke(GenerateInvoice $message): string
    {
        $order = $this->orders->find($message->orderId);
        $invoice = new Invoice(
            $this->numbers->next(),
            $message->customerEmail,
            'EUR',
            self::TAX_RATES[$order['country']],
        );

        foreach ($order['items'] as $item) {
            $line = $invoice->addLine($item['sku'], $item['name'], $item['qty'], $item['price']);
            if ($order['coupon'] > 0) {
                $line->applyDiscount($order['coupon']);
            }
        }

        foreach ($invoice->lines() as $line) {
            $this->db->insert('invoice_lines', $line->toRow());
        }
        $this->db->insert('invoices', [
            'number' => $invoice->number,
            'email' => $invoice->customerEmail,
            'total' => $invoice->grandTotalCents(),
        ]);

        return $invoice->number;
    }
}
