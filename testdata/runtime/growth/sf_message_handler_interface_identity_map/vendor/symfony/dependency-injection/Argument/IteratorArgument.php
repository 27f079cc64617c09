<?php

namespace Symfony\Component\DependencyInjection\Argument;

class IteratorArgument
{
    public function __construct(private array $values)
    {
    }

    public function getValues(): array
    {
        return $this->values;
    }
}
