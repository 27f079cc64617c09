<?php

namespace App\Search;

/** Everything one catalogue search request carries until it is settled. */
final class SearchContext
{
    private \SplQueue $settleHooks;
    private ?float $settledAt = null;

    /** @var list<array{id: string, title: string, author: string, shelf: string}> */
    public array $hits = [];

    public function __construct(public readonly string $query, public readonly string $format, public readonly float $startedAt)
    {
        $this->settleHooks = new \SplQueue();
    }

    public function onSettled(callable $hook): void
    {
        $this->settleHooks->enqueue($hook);
    }

    public function settle(): void
    {
        $this->settledAt = 1.0 + $this->startedAt;
        while (!$this->settleHooks->isEmpty()) {
            ($this->settleHooks->dequeue())();
        }
    }

    public function summary(): array
    {
        return ['format' => $this->format, 'hits' => count($this->hits), 'ms' => ($this->settledAt ?? $this->startedAt) - $this->startedAt];
    }
}
