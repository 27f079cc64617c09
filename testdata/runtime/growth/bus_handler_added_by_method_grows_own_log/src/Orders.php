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
    /** @var list<string> */
    private array $seen = [];

    public function __invoke(OrderPlaced $message): void
    {
        $this->seen[] = $message->orderId . ' ' . $message->note; // leak
    }
}
