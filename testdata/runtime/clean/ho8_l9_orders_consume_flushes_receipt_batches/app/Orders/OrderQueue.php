<?php

namespace App\Orders;

final class Receipt
{
    public function __construct(public readonly int $orderId, public readonly float $total, public readonly string $html) {}
}

final class OrderQueue
{
    private int $cursor = 0;

    public function pop(): ?array
    {
        $id = 90000 + ++$this->cursor;
        return ['id' => $id, 'items' => [['sku' => "SKU-{$id}", 'qty' => 2, 'price' => 19.95], ['sku' => 'GIFTWRAP', 'qty' => 1, 'price' => 2.5]]];
    }
}

final class ReceiptMailer
{
    public int $sent = 0;

    /** @param list<Receipt> $receipts */
    public function sendBatch(array $receipts): void
    {
        $this->sent += count($receipts);
    }
}
