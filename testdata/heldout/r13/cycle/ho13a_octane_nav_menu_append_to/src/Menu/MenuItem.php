<?php

declare(strict_types=1);

namespace App\Menu;

final class MenuItem
{
    private ?MenuItem $parent = null;

    /** @var list<MenuItem> */
    private array $children = [];

    private bool $active = false;

    public function __construct(
        public readonly string $label,
        public readonly string $url,
        private readonly array $attributes = [],
    ) {
    }

    /**
     * Attach this item under $parent; the child registers itself so that
     * breadcrumbs can walk upwards.
     */
    public function appendTo(MenuItem $parent): static
    {
        $this->parent = $parent; // leak
        $parent->children[] = $this; // leak

        return $this;
    }

    public function markActive(string $path): void
    {
        $this->active = $this->url === $path;
        foreach ($this->children as $child) {
            $child->markActive($path);
        }
    }

    public function depth(): int
    {
        return $this->parent === null ? 0 : $this->parent->depth() + 1;
    }

    /** @return list<string> */
    public function breadcrumbs(): array
    {
        $trail = $this->parent === null ? [] : $this->parent->breadcrumbs();
        $trail[] = $this->label;

        return $trail;
    }

    public function findActive(): ?MenuItem
    {
        if ($this->active) {
            return $this;
        }
        foreach ($this->children as $child) {
            if ($found = $child->findActive()) {
                return $found;
            }
        }

        return null;
    }

    public function render(): string
    {
        $attrs = '';
        foreach ($this->attributes as $name => $value) {
            $attrs .= sprintf(' %s="%s"', $name, htmlspecialchars((string) $value));
        }
        $html = sprintf(
            '<li class="level-%d%s"%s><a href="%s">%s</a>',
            $this->depth(),
            $this->active ? ' active' : '',
            $attrs,
            htmlspecialchars($this->url),
            htmlspecialchars($this->label),
        );
        if ($this->children !== []) {
            $html .= '<ul>';
            foreach ($this->children as $child) {
                $html .= $child->render();
            }
            $html .= '</ul>';
        }

        return $html . '</li>';
    }
}
