<?php

namespace Symfony\Component\DependencyInjection\Extension;

use Symfony\Component\DependencyInjection\ContainerBuilder;

interface ExtensionInterface
{
    public function load(array $configs, ContainerBuilder $container);

    public function getAlias(): string;
}
