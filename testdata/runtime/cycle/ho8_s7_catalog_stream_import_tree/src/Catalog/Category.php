<?php

namespace App\Catalog;

final class Category
{
    public ?Category $parent = null;
    /** @var list<Category> */
    public array $children = [];

    public function __construct(public readonly string $slug, public readonly string $description) {}

    public function addChild(Category $child): void
    {
        $child->parent = $this; // leak
        $this->children[] = $child; // leak
    }

    public function path(): string
    {
        return ($this->parent ? $this->parent->path() . '/' : '') . $this->slug;
    }
}
