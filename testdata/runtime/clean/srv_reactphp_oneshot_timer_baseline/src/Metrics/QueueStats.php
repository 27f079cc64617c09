<?php

namespace App\Metrics;

final class QueueStats
{
    private int $polls = 0;

    /**
     * @return array<string, int|float>
     */
    public function gauges(): array
    {
        $this->polls++;

        return [
            'queue.orders.depth' => ($this->polls * 7) % 113,
            'queue.orders.in_flight' => $this->polls % 9,
            'queue.invoices.depth' => ($this->polls * 3) % 41,
            'queue.invoices.in_flight' => $this->polls % 4,
            'worker.memory_bytes' => 48_000_000 + $this->polls,
            'worker.polls' => $this->polls,
        ];
    }
}
