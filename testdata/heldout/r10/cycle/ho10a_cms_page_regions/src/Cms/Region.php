<?php

declare(strict_types=1);

namespace App\Cms;

final class Region implements \Countable, \IteratorAggregate
{
    /** @var list<Block> */
    private array $blocks = [];

    public function __construct(public readonly string $name)
    {
    }

    public function add(Block $block): self
    {
        $block->setParent($this); // leak
        $this->blocks[] = $block; // leak

        return $this;
    }

    public function count(): int
    {
        return \count($this->blocks);
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->blocks);
    }

    public function render(): string
    {
        $html = '';
        foreach ($this->blocks as $block) {
            $html .= $block->render();
        }

        return sprintf('<section class="region region-%s">%s</section>', $this->name, $html);
    }
}
