<?php

namespace Symfony\Component\Config\Definition;

use Symfony\Component\Config\Definition\Exception\InvalidConfigurationException;

class BooleanNode extends ScalarNode
{
    protected function validateType(mixed $value): void
    {
        if (!\is_bool($value)) {
            throw new InvalidConfigurationException(sprintf('Invalid type for path "%s". Expected "bool", but got "%s".', $this->getPath(), get_debug_type($value)));
        }
    }
}
