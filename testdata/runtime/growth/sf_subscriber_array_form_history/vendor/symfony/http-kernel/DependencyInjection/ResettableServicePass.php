<?php

namespace Symfony\Component\HttpKernel\DependencyInjection;

use Symfony\Component\DependencyInjection\Argument\IteratorArgument;
use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\Reference;

class ResettableServicePass implements CompilerPassInterface
{
    public function process(ContainerBuilder $container): void
    {
        if (!$container->hasDefinition('services_resetter')) {
            return;
        }
        $services = $methods = [];
        foreach ($container->findTaggedServiceIds('kernel.reset') as $id => $tags) {
            $services[$id] = new Reference($id);
            foreach ($tags as $attributes) {
                if (!isset($attributes['method'])) {
                    throw new \RuntimeException(sprintf('Tag "kernel.reset" requires the "method" attribute to be set on service "%s".', $id));
                }
                $methods[$id][] = $attributes['method'];
            }
        }
        $container->getDefinition('services_resetter')->setArguments([new IteratorArgument($services), $methods]);
    }
}
