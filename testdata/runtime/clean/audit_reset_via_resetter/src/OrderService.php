<?php

final class OrderService
{
    public function __construct(private AuditTrail $audit) {}

    public function place(int $orderId, string $customer, array $lines): int
    {
        $this->audit->record('order.placed', ['order' => $orderId, 'customer' => $customer, 'lines' => $lines, 'note' => str_repeat('checked;', 60)]);
        return array_sum($lines);
    }
}
