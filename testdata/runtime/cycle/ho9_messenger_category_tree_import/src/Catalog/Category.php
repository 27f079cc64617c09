<?php
namespace App\Catalog;

final class Category
{
    private ?Category $parent = null;
    private array $children = [];

    public function __construct(public readonly string $name, public readonly string $description) {}

    public function addChild(Category $child): void
    {
        $this->children[$child->name] = $child; // leak
        $child->parent = $this; // leak
    }

    public function parent(): ?Category
    {
        return $this->parent;
    }

    public function path(): string
    {
        return ($this->parent ? $this->parent->path() . ' / ' : '') . $this->name;
    }
}
