<?php

namespace Symfony\Component\Config\Definition\Builder;

use Symfony\Component\Config\Definition\NodeInterface;

class TreeBuilder implements NodeParentInterface
{
    protected ?NodeInterface $tree = null;
    protected ?NodeDefinition $root = null;

    public function __construct(string $name, string $type = 'array', ?NodeBuilder $builder = null)
    {
        $builder ??= new NodeBuilder();
        $this->root = $builder->node($name, $type)->setParent($this);
    }

    public function getRootNode(): NodeDefinition|ArrayNodeDefinition
    {
        return $this->root;
    }

    public function buildTree(): NodeInterface
    {
        return $this->tree ??= $this->root->getNode(true);
    }
}
