<?php

namespace Symfony\Component\DependencyInjection\Argument;

class TaggedIteratorArgument extends IteratorArgument
{
    public function __construct(private string $tag)
    {
        parent::__construct([]);
    }

    public function getTag(): string
    {
        return $this->tag;
    }
}
