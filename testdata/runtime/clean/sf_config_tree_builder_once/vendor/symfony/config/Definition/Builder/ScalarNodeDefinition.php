<?php

namespace Symfony\Component\Config\Definition\Builder;

use Symfony\Component\Config\Definition\NodeInterface;
use Symfony\Component\Config\Definition\ScalarNode;

class ScalarNodeDefinition extends NodeDefinition
{
    protected function instantiateNode(): ScalarNode
    {
        return new ScalarNode($this->name, $this->parent instanceof NodeInterface ? $this->parent : null);
    }

    protected function createNode(): NodeInterface
    {
        $node = $this->instantiateNode();
        if ($this->default) {
            $node->setDefaultValue($this->defaultValue);
        }
        $node->setRequired($this->required);

        return $node;
    }
}
