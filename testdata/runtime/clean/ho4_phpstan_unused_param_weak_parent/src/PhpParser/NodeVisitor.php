<?php

declare(strict_types=1);

namespace PhpParser;

interface NodeVisitor
{
    /**
     * Called once before traversal.
     *
     * @param list<Node> $nodes Array of nodes
     */
    public function beforeTraverse(array $nodes): ?array;

    public function enterNode(Node $node): mixed;

    public function leaveNode(Node $node): mixed;

    /**
     * Called once after traversal.
     *
     * @param list<Node> $nodes Array of nodes
     */
    public function afterTraverse(array $nodes): ?array;
}
