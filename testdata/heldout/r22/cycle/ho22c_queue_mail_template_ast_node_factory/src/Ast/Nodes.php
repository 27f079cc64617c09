<?php

declare(strict_types=1);

namespace Mailer\Template\Ast;

abstract class Node
{
    /** @var list<Node> */
    protected array $children = [];

    public function __construct(
        protected ?Node $parent, // leak
        public readonly int $line,
    ) {
    }

    public function appendChild(Node $child): void
    {
        $this->children[] = $child; // leak
    }

    /** @return list<Node> */
    public function children(): array
    {
        return $this->children;
    }

    public function parent(): ?Node
    {
        return $this->parent;
    }

    public function dispose(): void
    {
        foreach ($this->children as $child) {
            $child->dispose();
        }
        $this->children = [];
        $this->parent = null;
    }
}

final class DocumentNode extends Node
{
}

final class TextNode extends Node
{
    public string $text = '';
}

final class PrintNode extends Node
{
    public string $variable = '';
    public array $filters = [];
}

final class IfNode extends Node
{
    public string $condition = '';
}
