<?php

namespace App\Listener;

use App\Event\OrderPlaced;

final class RecentOrdersListener
{
    /** @var list<array{id: int, customer: string, note: string, at: int}> */
    private array $recent = [];

    public function __invoke(OrderPlaced $event): void
    {
        $this->recent[] = ['id' => $event->orderId, 'customer' => $event->customer, 'note' => $event->note, 'at' => $event->placedAt]; // leak
    }

    /**
     * @return list<array{id: int, customer: string, note: string, at: int}>
     */
    public function latest(int $count): array
    {
        return array_slice($this->recent, -$count);
    }
}
