<?php

namespace Symfony\Component\Config\Definition;

use Symfony\Component\Config\Definition\Exception\InvalidConfigurationException;

class ArrayNode extends BaseNode
{
    /** @var array<string, NodeInterface> */
    protected array $children = [];

    public function addChild(NodeInterface $node): void
    {
        $this->children[$node->getName()] = $node;
    }

    public function getChildren(): array
    {
        return $this->children;
    }

    public function hasDefaultValue(): bool
    {
        return true;
    }

    public function getDefaultValue(): mixed
    {
        $defaults = [];
        foreach ($this->children as $name => $child) {
            if ($child->hasDefaultValue()) {
                $defaults[$name] = $child->getDefaultValue();
            }
        }

        return $defaults;
    }

    protected function validateType(mixed $value): void
    {
        if (!\is_array($value)) {
            throw new InvalidConfigurationException(sprintf('Invalid type for path "%s". Expected "array", but got "%s".', $this->getPath(), get_debug_type($value)));
        }
    }

    protected function normalizeValue(mixed $value): mixed
    {
        $normalized = [];
        foreach ($value as $name => $val) {
            if (!isset($this->children[$name])) {
                throw new InvalidConfigurationException(sprintf('Unrecognized option "%s" under "%s".', $name, $this->getPath()));
            }
            $normalized[$name] = $this->children[$name]->normalize($val);
        }

        return $normalized;
    }

    protected function mergeValues(mixed $leftSide, mixed $rightSide): mixed
    {
        foreach ($rightSide as $k => $v) {
            $leftSide[$k] = isset($leftSide[$k]) ? $this->children[$k]->merge($leftSide[$k], $v) : $v;
        }

        return $leftSide;
    }

    protected function finalizeValue(mixed $value): mixed
    {
        foreach ($this->children as $name => $child) {
            if (!\array_key_exists($name, $value)) {
                if ($child->isRequired()) {
                    throw new InvalidConfigurationException(sprintf('The child config "%s" under "%s" must be configured.', $name, $this->getPath()));
                }
                if ($child->hasDefaultValue()) {
                    $value[$name] = $child->getDefaultValue();
                }
                continue;
            }
            $value[$name] = $child->finalize($value[$name]);
        }

        return $value;
    }
}
