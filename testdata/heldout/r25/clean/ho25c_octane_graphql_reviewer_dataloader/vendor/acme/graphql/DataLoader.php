<?php

namespace Acme\GraphQL;

/**
 * Batching loader in the style of overblog/dataloader-php, with
 * synchronous "promises": load() queues a key, dispatch() runs the batch
 * function once for every queued key.
 */
final class DataLoader
{
    /** @var array<string, Deferred> */
    private array $promiseCache = [];

    /** @var list<string> */
    private array $queue = [];

    public function __construct(private \Closure $batchLoadFn, private int $maxBatchSize = 100)
    {
    }

    public function load(int|string $key): Deferred
    {
        $cacheKey = (string) $key;
        if (isset($this->promiseCache[$cacheKey])) {
            return $this->promiseCache[$cacheKey];
        }
        $this->queue[] = $cacheKey;

        return $this->promiseCache[$cacheKey] = new Deferred();
    }

    public function dispatch(): void
    {
        foreach (array_chunk($this->queue, $this->maxBatchSize) as $keys) {
            $values = ($this->batchLoadFn)($keys);
            foreach ($keys as $i => $key) {
                $this->promiseCache[$key]->resolve($values[$i] ?? null);
            }
        }
        $this->queue = [];
    }

    public function clearAll(): void
    {
        $this->promiseCache = [];
        $this->queue = [];
    }
}

final class Deferred
{
    private mixed $value = null;
    private bool $resolved = false;

    public function resolve(mixed $value): void
    {
        $this->value = $value;
        $this->resolved = true;
    }

    public function wait(): mixed
    {
        return $this->value;
    }
}
