<?php

declare(strict_types=1);

namespace App\Tracking;

final class OrderTracker
{
    /** @var array<string, array<int, \Closure>> */
    private array $watchers = [];
    private int $nextId = 1;

    public function watch(string $orderId, \Closure $onStatus): int
    {
        $this->watchers[$orderId][$this->nextId] = $onStatus;

        return $this->nextId++;
    }

    public function unwatch(string $orderId, int $id): void
    {
        unset($this->watchers[$orderId][$id]);
        if (($this->watchers[$orderId] ?? null) === []) {
            unset($this->watchers[$orderId]);
        }
    }

    public function publish(string $orderId, string $status): void
    {
        foreach ($this->watchers[$orderId] ?? [] as $onStatus) {
            $onStatus($status);
        }
    }
}
