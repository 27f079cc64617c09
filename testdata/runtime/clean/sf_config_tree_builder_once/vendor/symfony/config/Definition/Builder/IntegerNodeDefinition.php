<?php

namespace Symfony\Component\Config\Definition\Builder;

use Symfony\Component\Config\Definition\IntegerNode;
use Symfony\Component\Config\Definition\NodeInterface;
use Symfony\Component\Config\Definition\ScalarNode;

class IntegerNodeDefinition extends ScalarNodeDefinition
{
    protected function instantiateNode(): ScalarNode
    {
        return new IntegerNode($this->name, $this->parent instanceof NodeInterface ? $this->parent : null);
    }
}
