<?php

namespace App\Grants;

final class SectionCollection implements \IteratorAggregate, \Countable
{
    /** @var array<string, ApplicationSection> */
    private array $items = [];

    public function add(ApplicationSection $section): void
    {
        $this->items[$section->key()] = $section; // leak
    }

    public function get(string $key): ?ApplicationSection
    {
        return $this->items[$key] ?? null;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return \count($this->items);
    }
}
