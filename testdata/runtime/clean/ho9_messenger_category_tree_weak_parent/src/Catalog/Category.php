<?php
namespace App\Catalog;

final class Category
{
    private ?\WeakReference $parent = null;
    private array $children = [];

    public function __construct(public readonly string $name, public readonly string $description) {}

    public function addChild(Category $child): void
    {
        $this->children[$child->name] = $child;
        $child->parent = \WeakReference::create($this);
    }

    public function parent(): ?Category
    {
        return $this->parent?->get();
    }

    public function path(): string
    {
        $parent = $this->parent();
        return ($parent ? $parent->path() . ' / ' : '') . $this->name;
    }
}
