<?php

namespace Symfony\Component\Config\Definition\Builder;

interface ParentNodeDefinitionInterface extends BuilderAwareInterface
{
    public function children(): NodeBuilder;

    public function append(NodeDefinition $node): static;

    public function getChildNodeDefinitions(): array;
}
