<?php
// A Messenger worker resets kernel.reset services after every message; the profiler's TraceableAdapter::reset() resets the inner pool and clears its recorded cache calls.
// https://github.com/symfony/symfony/pull/36460

final class CacheItem
{
    public mixed $value = null;
    public bool $isHit = false;

    public function __construct(public readonly string $key) {}
}

final class ArrayAdapter
{
    private array $values = [];

    public function getItem(string $key): CacheItem
    {
        $item = new CacheItem($key);
        if (array_key_exists($key, $this->values)) {
            $item->value = $this->values[$key];
            $item->isHit = true;
        }
        return $item;
    }

    public function save(CacheItem $item): bool
    {
        $this->values[$item->key] = $item->value;
        return true;
    }

    public function reset(): void
    {
        $this->values = [];
    }
}

final class TraceableAdapterEvent
{
    public string $name = '';
    public float $start = 0.0;
    public float $end = 0.0;
    public array $result = [];
    public int $hits = 0;
    public int $misses = 0;
}

final class TraceableAdapter
{
    /** @var list<TraceableAdapterEvent> */
    private array $calls = [];

    public function __construct(private ArrayAdapter $pool) {}

    public function getItem(string $key): CacheItem
    {
        $event = $this->start(__FUNCTION__);
        try {
            $item = $this->pool->getItem($key);
        } finally {
            $event->end = microtime(true);
        }
        $item->isHit ? ++$event->hits : ++$event->misses;
        $event->result[$key] = $item->isHit;
        return $item;
    }

    public function save(CacheItem $item): bool
    {
        $event = $this->start(__FUNCTION__);
        try {
            return $event->result[$item->key] = $this->pool->save($item);
        } finally {
            $event->end = microtime(true);
        }
    }

    public function reset(): void
    {
        $this->pool->reset();
        $this->clearCalls();
    }

    public function clearCalls(): void
    {
        $this->calls = [];
    }

    private function start(string $name): TraceableAdapterEvent
    {
        $this->calls[] = $event = new TraceableAdapterEvent();
        $event->name = $name;
        $event->start = microtime(true);
        return $event;
    }
}

final class ServicesResetter
{
    public function __construct(private array $resettableServices) {}

    public function reset(): void
    {
        foreach ($this->resettableServices as $service) {
            $service->reset();
        }
    }
}

final class RecalculatePrice
{
    public function __construct(public readonly string $sku, public readonly int $cents) {}
}

final class RecalculatePriceHandler
{
    public function __construct(private TraceableAdapter $cache) {}

    public function __invoke(RecalculatePrice $message): void
    {
        $item = $this->cache->getItem('catalog.price.' . $message->sku . '.eur');
        if (!$item->isHit) {
            $item->value = ['gross' => $message->cents, 'net' => intdiv($message->cents * 100, 119)];
            $this->cache->save($item);
        }
    }
}

final class Worker
{
    public function __construct(private RecalculatePriceHandler $handler, private ServicesResetter $resetter) {}

    public function handle(RecalculatePrice $message): void
    {
        try {
            ($this->handler)($message);
        } finally {
            $this->resetter->reset();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$cache = new TraceableAdapter(new ArrayAdapter());
$worker = new Worker(new RecalculatePriceHandler($cache), new ServicesResetter([$cache]));
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new RecalculatePrice(sprintf('SKU-%08d', $i), 1999 + $i));
}
