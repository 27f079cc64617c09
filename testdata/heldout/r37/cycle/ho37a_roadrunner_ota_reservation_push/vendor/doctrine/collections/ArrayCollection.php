<?php
// Stand-in for doctrine/collections.

namespace Doctrine\Common\Collections;

class ArrayCollection implements \Countable, \IteratorAggregate
{
    public function __construct(private array $elements = [])
    {
    }

    public function add(mixed $element): void
    {
        $this->elements[] = $element; // leak
    }

    public function filter(\Closure $p): static
    {
        return new static(array_filter($this->elements, $p));
    }

    public function map(\Closure $func): static
    {
        return new static(array_map($func, $this->elements));
    }

    public function toArray(): array
    {
        return $this->elements;
    }

    public function count(): int
    {
        return count($this->elements);
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->elements);
    }
}
