<?php
namespace App\LoginThrottle\DependencyInjection;

use Symfony\Component\Config\Definition\Builder\TreeBuilder;
use Symfony\Component\Config\Definition\ConfigurationInterface;

final class Configuration implements ConfigurationInterface
{
    public function getConfigTreeBuilder(): TreeBuilder
    {
        $treeBuilder = new TreeBuilder('login_throttle');
        $treeBuilder->getRootNode()
            ->children()
                ->integerNode('max_attempts')->defaultValue(5)->end()
                ->integerNode('interval')->defaultValue(900)->end()
                ->scalarNode('message')->defaultValue('Too many login attempts, try again later.')->end()
            ->end();

        return $treeBuilder;
    }
}
