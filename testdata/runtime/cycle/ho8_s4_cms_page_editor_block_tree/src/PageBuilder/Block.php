<?php
namespace App\PageBuilder;

final class Block
{
    private ?Block $parent = null;
    /** @var list<Block> */
    private array $children = [];

    public function __construct(public readonly string $type, public readonly array $settings = []) {}

    public function append(Block $child): static
    {
        $child->parent = $this; // leak
        $this->children[] = $child; // leak
        return $this;
    }

    public function path(): string
    {
        return ($this->parent ? $this->parent->path() . '/' : '') . $this->type . '[' . ($this->parent ? array_search($this, $this->parent->children, true) : 0) . ']';
    }

    public function toArray(): array
    {
        return ['type' => $this->type, 'path' => $this->path(), 'settings' => $this->settings, 'children' => array_map(fn (Block $b) => $b->toArray(), $this->children)];
    }
}
