<?php

declare(strict_types=1);

namespace App\Shortcode;

/** @implements \IteratorAggregate<int, ShortcodeNode> */
final class NodeList implements \IteratorAggregate, \Countable
{
    /** @var list<ShortcodeNode> */
    private array $items = [];

    public function add(ShortcodeNode $child, ShortcodeNode $owner): void
    {
        $child->setParent($owner); // leak
        $this->items[] = $child; // leak
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return count($this->items);
    }
}
