<?php

namespace App\Orders;

final class OrderPlaced
{
    public function __construct(public string $orderId, public string $note)
    {
    }
}

final class RecordOrder
{
    private ?string $last = null;

    public function __invoke(OrderPlaced $message): void
    {
        $this->last = $message->orderId . ' ' . $message->note;
    }
}
