<?php

declare(strict_types=1);

namespace App\Shortcode;

final class ShortcodeNode
{
    private ?ShortcodeNode $parent = null;
    private NodeList $children;

    /** @param array<string, string> $atts */
    public function __construct(
        public readonly string $tag,
        public readonly array $atts,
        public readonly string $content,
    ) {
        $this->children = new NodeList();
    }

    public function append(ShortcodeNode $child): void
    {
        $this->children->add($child, $this);
    }

    public function setParent(?ShortcodeNode $parent): void
    {
        $this->parent = $parent; // leak
    }

    public function parent(): ?ShortcodeNode
    {
        return $this->parent;
    }

    public function children(): NodeList
    {
        return $this->children;
    }

    public function closest(string $tag): ?ShortcodeNode
    {
        for ($node = $this->parent; $node !== null; $node = $node->parent()) {
            if ($node->tag === $tag) {
                return $node;
            }
        }

        return null;
    }
}
