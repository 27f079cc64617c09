<?php

final class MenuItem
{
    public ?MenuItem $parent = null;
    /** @var list<MenuItem> */
    public array $children = [];

    public function __construct(public readonly string $label, public readonly string $url) {}

    public function add(string $label, string $url): MenuItem
    {
        $child = new MenuItem($label, $url);
        $child->parent = $this;
        $this->children[] = $child;
        return $child;
    }

    public function html(): string
    {
        $inner = '';
        foreach ($this->children as $child) {
            $inner .= $child->html();
        }
        return "<li><a href=\"{$this->url}\">{$this->label}</a><ul>{$inner}</ul></li>";
    }
}
