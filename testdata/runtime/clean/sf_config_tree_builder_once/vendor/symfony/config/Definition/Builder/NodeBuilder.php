<?php

namespace Symfony\Component\Config\Definition\Builder;

class NodeBuilder implements NodeParentInterface
{
    protected ?ParentNodeDefinitionInterface $parent = null;
    protected array $nodeMapping = [
        'scalar' => ScalarNodeDefinition::class,
        'boolean' => BooleanNodeDefinition::class,
        'integer' => IntegerNodeDefinition::class,
        'array' => ArrayNodeDefinition::class,
    ];

    public function setParent(?ParentNodeDefinitionInterface $parent = null): static
    {
        $this->parent = $parent;

        return $this;
    }

    public function arrayNode(string $name): ArrayNodeDefinition
    {
        return $this->node($name, 'array');
    }

    public function scalarNode(string $name): ScalarNodeDefinition
    {
        return $this->node($name, 'scalar');
    }

    public function booleanNode(string $name): BooleanNodeDefinition
    {
        return $this->node($name, 'boolean');
    }

    public function integerNode(string $name): IntegerNodeDefinition
    {
        return $this->node($name, 'integer');
    }

    public function end(): NodeDefinition|ArrayNodeDefinition|null
    {
        return $this->parent;
    }

    public function node(?string $name, string $type): NodeDefinition
    {
        $class = $this->nodeMapping[$type];
        $node = new $class($name);
        $this->append($node);

        return $node;
    }

    public function append(NodeDefinition $node): static
    {
        if ($node instanceof BuilderAwareInterface) {
            $builder = clone $this;
            $builder->setParent(null);
            $node->setBuilder($builder);
        }
        if (null !== $this->parent) {
            $this->parent->append($node);
            $node->setParent($this);
        }

        return $this;
    }
}
