<?php

namespace Symfony\Component\Config\Definition\Builder;

use Symfony\Component\Config\Definition\BaseNode;
use Symfony\Component\Config\Definition\NodeInterface;

abstract class NodeDefinition implements NodeParentInterface
{
    protected ?string $name;
    protected $parent;
    protected mixed $defaultValue = null;
    protected bool $default = false;
    protected bool $required = false;
    /** @var ExprBuilder[] */
    protected array $validationRules = [];
    protected array $attributes = [];

    public function __construct(?string $name, ?NodeParentInterface $parent = null)
    {
        $this->parent = $parent;
        $this->name = $name;
    }

    public function setParent(NodeParentInterface $parent): static
    {
        $this->parent = $parent;

        return $this;
    }

    public function info(string $info): static
    {
        return $this->attribute('info', $info);
    }

    public function example(string|array $example): static
    {
        return $this->attribute('example', $example);
    }

    public function attribute(string $key, mixed $value): static
    {
        $this->attributes[$key] = $value;

        return $this;
    }

    public function end(): NodeParentInterface|NodeBuilder|self|ArrayNodeDefinition|null
    {
        return $this->parent;
    }

    public function getNode(bool $forceRootNode = false): NodeInterface
    {
        if ($forceRootNode) {
            $this->parent = null;
        }
        $node = $this->createNode();
        if ($node instanceof BaseNode) {
            foreach ($this->attributes as $key => $value) {
                $node->setAttribute($key, $value);
            }
            $node->setFinalValidationClosures(ExprBuilder::buildExpressions($this->validationRules));
        }

        return $node;
    }

    public function defaultValue(mixed $value): static
    {
        $this->default = true;
        $this->defaultValue = $value;

        return $this;
    }

    public function isRequired(): static
    {
        $this->required = true;

        return $this;
    }

    public function validate(): ExprBuilder
    {
        return $this->validationRules[] = new ExprBuilder($this);
    }

    abstract protected function createNode(): NodeInterface;
}
