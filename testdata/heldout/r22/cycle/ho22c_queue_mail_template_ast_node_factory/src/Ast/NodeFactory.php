<?php

declare(strict_types=1);

namespace Mailer\Template\Ast;

final class NodeFactory
{
    private const TYPES = [
        'document' => DocumentNode::class,
        'text' => TextNode::class,
        'print' => PrintNode::class,
        'if' => IfNode::class,
    ];

    public function create(string $type, ?Node $parent, int $line, array $props = []): Node
    {
        $class = self::TYPES[$type] ?? throw new \InvalidArgumentException("Unknown node type {$type}");
        $node = new $class($parent, $line);
        foreach ($props as $name => $value) {
            $node->{$name} = $value;
        }
        $parent?->appendChild($node);

        return $node;
    }
}
