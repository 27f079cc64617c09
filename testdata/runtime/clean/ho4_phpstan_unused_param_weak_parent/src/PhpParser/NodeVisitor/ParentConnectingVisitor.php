<?php

declare(strict_types=1);

namespace PhpParser\NodeVisitor;

use PhpParser\Node;
use PhpParser\NodeVisitorAbstract;

use function array_pop;
use function count;

/**
 * Visitor that connects a child node to its parent node.
 *
 * With <code>$weakReferences=false</code> on the child node, the parent node can be accessed through
 * <code>$node->getAttribute('parent')</code>.
 *
 * With <code>$weakReferences=true</code> the attribute name is "weak_parent" instead and the value
 * is a WeakReference to the parent node.
 */
final class ParentConnectingVisitor extends NodeVisitorAbstract
{
    /** @var list<Node> */
    private array $stack = [];

    public function __construct(private bool $weakReferences = false)
    {
    }

    public function beforeTraverse(array $nodes): ?array
    {
        $this->stack = [];

        return null;
    }

    public function enterNode(Node $node): mixed
    {
        if (!empty($this->stack)) {
            $parent = $this->stack[count($this->stack) - 1];
            if ($this->weakReferences) {
                $node->setAttribute('weak_parent', \WeakReference::create($parent));
            } else {
                $node->setAttribute('parent', $parent);
            }
        }

        $this->stack[] = $node;

        return null;
    }

    public function leaveNode(Node $node): mixed
    {
        array_pop($this->stack);

        return null;
    }
}
