<?php

namespace Symfony\Component\HttpKernel\Bundle;

use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\DependencyInjection\Extension\ExtensionInterface;

abstract class Bundle implements BundleInterface
{
    protected ?ContainerInterface $container = null;

    public function boot()
    {
    }

    public function shutdown()
    {
    }

    public function build(ContainerBuilder $container)
    {
    }

    public function getContainerExtension(): ?ExtensionInterface
    {
        $namespace = substr(static::class, 0, strrpos(static::class, '\\'));
        $basename = preg_replace('/Bundle$/', '', substr(strrchr(static::class, '\\'), 1));
        $class = $namespace.'\\DependencyInjection\\'.$basename.'Extension';

        return class_exists($class) ? new $class() : null;
    }

    public function getName(): string
    {
        return substr(strrchr(static::class, '\\'), 1);
    }

    public function setContainer(?ContainerInterface $container): void
    {
        $this->container = $container;
    }
}
