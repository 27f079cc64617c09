<?php

namespace StanDaemon\Ast;

abstract class Node
{
    /** @var \WeakReference<Node>|null */
    private ?\WeakReference $parent = null;

    /** @var array<string, mixed> */
    protected array $attributes = [];

    public function __construct(array $attributes = [])
    {
        $this->attributes = $attributes;
    }

    public function attachTo(Node $parent): void
    {
        $this->parent = \WeakReference::create($parent);
    }

    public function getParent(): ?Node
    {
        return $this->parent?->get();
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }

    /** @return iterable<Node> */
    abstract public function children(): iterable;
}
