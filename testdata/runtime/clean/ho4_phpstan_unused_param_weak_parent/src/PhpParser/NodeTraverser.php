<?php

declare(strict_types=1);

namespace PhpParser;

class NodeTraverser
{
    /** @var list<NodeVisitor> Visitors */
    protected array $visitors = [];

    public function __construct(NodeVisitor ...$visitors)
    {
        $this->visitors = $visitors;
    }

    public function addVisitor(NodeVisitor $visitor): void
    {
        $this->visitors[] = $visitor;
    }

    /**
     * Traverses an array of nodes using the registered visitors.
     *
     * @param list<Node> $nodes Array of nodes
     *
     * @return list<Node> Traversed array of nodes
     */
    public function traverse(array $nodes): array
    {
        foreach ($this->visitors as $visitor) {
            if (null !== $return = $visitor->beforeTraverse($nodes)) {
                $nodes = $return;
            }
        }

        $this->traverseArray($nodes);

        foreach ($this->visitors as $visitor) {
            if (null !== $return = $visitor->afterTraverse($nodes)) {
                $nodes = $return;
            }
        }

        return $nodes;
    }

    /**
     * @param list<mixed> $nodes
     */
    protected function traverseArray(array $nodes): void
    {
        foreach ($nodes as $node) {
            if ($node instanceof Node) {
                $this->traverseNode($node);
            }
        }
    }

    protected function traverseNode(Node $node): void
    {
        foreach ($this->visitors as $visitor) {
            $visitor->enterNode($node);
        }

        foreach ($node->getSubNodeNames() as $name) {
            $subNode = $node->$name;
            if (is_array($subNode)) {
                $this->traverseArray($subNode);
            } elseif ($subNode instanceof Node) {
                $this->traverseNode($subNode);
            }
        }

        foreach ($this->visitors as $visitor) {
            $visitor->leaveNode($node);
        }
    }
}
