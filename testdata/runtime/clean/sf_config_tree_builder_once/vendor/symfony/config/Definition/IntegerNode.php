<?php

namespace Symfony\Component\Config\Definition;

use Symfony\Component\Config\Definition\Exception\InvalidConfigurationException;

class IntegerNode extends ScalarNode
{
    protected function validateType(mixed $value): void
    {
        if (!\is_int($value)) {
            throw new InvalidConfigurationException(sprintf('Invalid type for path "%s". Expected "int", but got "%s".', $this->getPath(), get_debug_type($value)));
        }
    }
}
