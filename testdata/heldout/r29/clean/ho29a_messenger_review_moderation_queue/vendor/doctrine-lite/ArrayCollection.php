<?php

namespace Doctrine\Common\Collections;

use ArrayIterator;
use Countable;
use IteratorAggregate;
use Traversable;

class ArrayCollection implements Countable, IteratorAggregate
{
    public function __construct(private array $elements = [])
    {
    }

    public function add(mixed $element): void
    {
        $this->elements[] = $element;
    }

    public function removeElement(mixed $element): bool
    {
        $key = array_search($element, $this->elements, true);
        if ($key === false) {
            return false;
        }
        unset($this->elements[$key]);

        return true;
    }

    public function clear(): void
    {
        $this->elements = [];
    }

    public function filter(\Closure $p): static
    {
        return new static(array_filter($this->elements, $p));
    }

    public function map(\Closure $f): static
    {
        return new static(array_map($f, $this->elements));
    }

    public function toArray(): array
    {
        return $this->elements;
    }

    public function isEmpty(): bool
    {
        return $this->elements === [];
    }

    public function count(): int
    {
        return count($this->elements);
    }

    public function getIterator(): Traversable
    {
        return new ArrayIterator($this->elements);
    }
}
