<?php

namespace Symfony\Component\Config\Definition\Builder;

interface BuilderAwareInterface
{
    public function setBuilder(NodeBuilder $builder);
}
