<?php
namespace App\PageBuilder;

final class Block
{
    private string $path;
    /** @var list<Block> */
    private array $children = [];

    public function __construct(public readonly string $type, public readonly array $settings = [])
    {
        $this->path = $type . '[0]';
    }

    public function append(Block $child): static
    {
        $child->path = $this->path . '/' . $child->type . '[' . \count($this->children) . ']';
        $this->children[] = $child;
        return $this;
    }

    public function path(): string
    {
        return $this->path;
    }

    public function toArray(): array
    {
        return ['type' => $this->type, 'path' => $this->path(), 'settings' => $this->settings, 'children' => array_map(fn (Block $b) => $b->toArray(), $this->children)];
    }
}
