<?php

namespace Symfony\Component\DependencyInjection\Extension;

use Symfony\Component\Config\Definition\ConfigurationInterface;
use Symfony\Component\Config\Definition\Processor;

abstract class Extension implements ExtensionInterface
{
    public function getAlias(): string
    {
        $className = substr(strrchr(static::class, '\\'), 1);

        return strtolower(preg_replace('/([a-z])([A-Z])/', '$1_$2', substr($className, 0, -9)));
    }

    final protected function processConfiguration(ConfigurationInterface $configuration, array $configs): array
    {
        return (new Processor())->processConfiguration($configuration, $configs);
    }
}
