<?php

namespace App\Idempotency;

final class RecentRequestLog
{
    /**
     * Request ids the previous worker generation already processed (read from the shared log).
     *
     * @return iterable<string, array{payload: array, at: int}>
     */
    public function recent(): iterable
    {
        foreach (['req-1c2b3a4d-1', 'req-5e6f7a8b-2', 'req-9c0d1e2f-3'] as $n => $key) {
            yield $key => ['payload' => ['order_id' => 900 + $n, 'note' => str_repeat('replayed; ', 40)], 'at' => 1699999000 + $n];
        }
    }
}
