<?php
// Stand-in for symfony/config: the tree builder that bundle Configuration classes drive, and the processor applying it.
namespace Symfony\Component\Config\Definition {
    interface ConfigurationInterface
    {
        public function getConfigTreeBuilder(): Builder\TreeBuilder;
    }

    class Processor
    {
        public function processConfiguration(ConfigurationInterface $configuration, array $configs): array
        {
            return $configuration->getConfigTreeBuilder()->getRootNode()->finalize(array_replace_recursive([], ...$configs));
        }
    }
}

namespace Symfony\Component\Config\Definition\Builder {
    class NodeDefinition
    {
        protected mixed $defaultValue = null;
        public function __construct(protected string $name, protected ?NodeBuilder $parent = null) {}
        public function defaultValue(mixed $value): static { $this->defaultValue = $value; return $this; }
        public function end(): NodeBuilder|null { return $this->parent; }
        public function finalize(mixed $value): mixed { return $value ?? $this->defaultValue; }
    }

    class ArrayNodeDefinition extends NodeDefinition
    {
        protected ?NodeBuilder $nodeBuilder = null;
        public function children(): NodeBuilder { return $this->nodeBuilder ??= new NodeBuilder($this); }
        public function finalize(mixed $value): array
        {
            $config = [];
            foreach ($this->nodeBuilder?->children ?? [] as $name => $child) {
                $config[$name] = $child->finalize($value[$name] ?? null);
            }
            return $config;
        }
    }

    class NodeBuilder
    {
        public array $children = [];
        public function __construct(protected ArrayNodeDefinition $parent) {}
        public function scalarNode(string $name): NodeDefinition { return $this->children[$name] = new NodeDefinition($name, $this); }
        public function integerNode(string $name): NodeDefinition { return $this->children[$name] = new NodeDefinition($name, $this); }
        public function arrayNode(string $name): ArrayNodeDefinition { return $this->children[$name] = new ArrayNodeDefinition($name, $this); }
        public function end(): ArrayNodeDefinition { return $this->parent; }
    }

    class TreeBuilder
    {
        protected ArrayNodeDefinition $root;
        public function __construct(string $name) { $this->root = new ArrayNodeDefinition($name); }
        public function getRootNode(): ArrayNodeDefinition { return $this->root; }
    }
}
