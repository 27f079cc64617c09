<?php

namespace Symfony\Component\Config\Definition;

use Symfony\Component\Config\Definition\Exception\InvalidConfigurationException;

class ScalarNode extends BaseNode
{
    protected mixed $defaultValue = null;
    protected bool $defaultValueSet = false;

    public function setDefaultValue(mixed $value): void
    {
        $this->defaultValueSet = true;
        $this->defaultValue = $value;
    }

    public function hasDefaultValue(): bool
    {
        return $this->defaultValueSet;
    }

    public function getDefaultValue(): mixed
    {
        return $this->defaultValue;
    }

    protected function validateType(mixed $value): void
    {
        if (null !== $value && !\is_scalar($value)) {
            throw new InvalidConfigurationException(sprintf('Invalid type for path "%s". Expected "scalar", but got "%s".', $this->getPath(), get_debug_type($value)));
        }
    }

    protected function normalizeValue(mixed $value): mixed
    {
        return $value;
    }

    protected function mergeValues(mixed $leftSide, mixed $rightSide): mixed
    {
        return $rightSide;
    }

    protected function finalizeValue(mixed $value): mixed
    {
        return $value;
    }
}
