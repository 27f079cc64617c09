<?php

namespace Symfony\Component\Config\Definition\Builder;

use Symfony\Component\Config\Definition\BooleanNode;
use Symfony\Component\Config\Definition\NodeInterface;
use Symfony\Component\Config\Definition\ScalarNode;

class BooleanNodeDefinition extends ScalarNodeDefinition
{
    protected function instantiateNode(): ScalarNode
    {
        return new BooleanNode($this->name, $this->parent instanceof NodeInterface ? $this->parent : null);
    }
}
