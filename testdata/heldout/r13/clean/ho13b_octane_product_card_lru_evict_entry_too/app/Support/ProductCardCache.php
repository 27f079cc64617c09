<?php

declare(strict_types=1);

namespace App\Support;

/**
 * Least-recently-used cache of rendered product cards. The list keeps keys
 * from least to most recently used; the array keeps the HTML.
 */
final class ProductCardCache
{
    private \SplDoublyLinkedList $recency;
    /** @var array<string, string> */
    private array $cards = [];

    public function __construct(private int $capacity)
    {
        $this->recency = new \SplDoublyLinkedList();
    }

    public function remember(string $key, \Closure $render): string
    {
        if (isset($this->cards[$key])) {
            $this->touch($key);

            return $this->cards[$key];
        }

        $html = $render();
        $this->cards[$key] = $html;
        $this->recency->push($key);
        $this->evictOverflow();

        return $html;
    }

    private function touch(string $key): void
    {
        foreach ($this->recency as $index => $candidate) {
            if ($candidate === $key) {
                $this->recency->offsetUnset($index);
                break;
            }
        }
        $this->recency->push($key);
    }

    private function evictOverflow(): void
    {
        while ($this->recency->count() > $this->capacity) {
            unset($this->cards[$this->recency->shift()]);
        }
    }
}
