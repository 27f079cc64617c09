<?php

declare(strict_types=1);

namespace Doctrine\Common\Collections;

/**
 * @template TKey of array-key
 * @template T
 */
class ArrayCollection implements \Countable, \IteratorAggregate
{
    /** @var array<TKey, T> */
    private array $elements;

    /**
     * @param array<TKey, T> $elements
     */
    public function __construct(array $elements = [])
    {
        $this->elements = $elements;
    }

    /**
     * @param T $element
     */
    public function add($element): bool
    {
        $this->elements[] = $element;

        return true;
    }

    /**
     * @param T $element
     */
    public function contains($element): bool
    {
        return in_array($element, $this->elements, true);
    }

    /**
     * @param T $element
     */
    public function removeElement($element): bool
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

    /**
     * @return array<TKey, T>
     */
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
