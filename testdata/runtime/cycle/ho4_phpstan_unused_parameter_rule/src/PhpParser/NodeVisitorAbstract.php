<?php

declare(strict_types=1);

namespace PhpParser;

/**
 * @codeCoverageIgnore
 */
abstract class NodeVisitorAbstract implements NodeVisitor
{
    public function beforeTraverse(array $nodes): ?array
    {
        return null;
    }

    public function enterNode(Node $node): mixed
    {
        return null;
    }

    public function leaveNode(Node $node): mixed
    {
        return null;
    }

    public function afterTraverse(array $nodes): ?array
    {
        return null;
    }
}
