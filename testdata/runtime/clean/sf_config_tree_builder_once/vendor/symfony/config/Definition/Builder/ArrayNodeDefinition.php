<?php

namespace Symfony\Component\Config\Definition\Builder;

use Symfony\Component\Config\Definition\ArrayNode;
use Symfony\Component\Config\Definition\NodeInterface;

class ArrayNodeDefinition extends NodeDefinition implements ParentNodeDefinitionInterface
{
    /** @var array<string, NodeDefinition> */
    protected array $children = [];
    protected ?NodeBuilder $nodeBuilder = null;

    public function setBuilder(NodeBuilder $builder): void
    {
        $this->nodeBuilder = $builder;
    }

    public function children(): NodeBuilder
    {
        return $this->getNodeBuilder();
    }

    public function append(NodeDefinition $node): static
    {
        $this->children[$node->name] = $node->setParent($this);

        return $this;
    }

    public function getChildNodeDefinitions(): array
    {
        return $this->children;
    }

    protected function getNodeBuilder(): NodeBuilder
    {
        $this->nodeBuilder ??= new NodeBuilder();

        return $this->nodeBuilder->setParent($this);
    }

    protected function createNode(): NodeInterface
    {
        $node = new ArrayNode($this->name, $this->parent instanceof NodeInterface ? $this->parent : null);
        $node->setRequired($this->required);
        foreach ($this->children as $child) {
            $child->parent = $node;
            $node->addChild($child->getNode());
        }

        return $node;
    }
}
