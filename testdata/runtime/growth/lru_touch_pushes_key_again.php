<?php

declare(strict_types=1);

// A least-recently-used cache of rendered price tags, shared by every
// request of the worker. The order is a linked list of keys, least
// recently used first. A hit pushes its key to the end again but leaves
// the old entry where it was; only a miss evicts, and with the few keys
// a catalogue page shows there are no more misses once they are cached:
// the order grows with every hit.

final class PriceTagCache
{
    private \SplDoublyLinkedList $order;

    /** @var array<string, string> */
    private array $tags = [];

    public function __construct(private readonly int $capacity)
    {
        $this->order = new \SplDoublyLinkedList();
    }

    public function get(string $sku, \Closure $render): string
    {
        if (isset($this->tags[$sku])) {
            $this->touch($sku);

            return $this->tags[$sku];
        }
        $this->tags[$sku] = $render($sku);
        $this->order->push($sku);
        $this->trim();

        return $this->tags[$sku];
    }

    private function trim(): void
    {
        while ($this->order->count() > $this->capacity) {
            unset($this->tags[$this->order->shift()]);
        }
    }

    private function touch(string $sku): void
    {
        $this->order->push(str_pad($sku, 600, '.')); // leak
    }
}

$cache = new PriceTagCache(16);
$render = static fn (string $sku): string => sprintf('<span class="price" data-sku="%s">%s</span>', $sku, str_repeat('9', 300));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // a catalogue page shows the same few products again and again
    $cache->get(sprintf('SKU-%04d', $i * 7 % 12), $render);
}
