<?php

declare(strict_types=1);

namespace PHPStan\Analyser;

use PhpParser\Node;
use PhpParser\NodeVisitorAbstract;

/**
 * Collects nodes by type during a traversal so rules can run afterwards.
 */
final class NodeCollector extends NodeVisitorAbstract
{
    /** @var array<string, list<Node>> */
    private array $nodesByType = [];

    public function beforeTraverse(array $nodes): ?array
    {
        $this->nodesByType = [];

        return null;
    }

    public function enterNode(Node $node): mixed
    {
        $this->nodesByType[$node->getType()][] = $node;

        return null;
    }

    /**
     * @return list<Node>
     */
    public function get(string $type): array
    {
        return $this->nodesByType[$type] ?? [];
    }

    public function reset(): void
    {
        $this->nodesByType = [];
    }
}
