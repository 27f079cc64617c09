<?php

namespace App\Billing\DependencyInjection;

use Symfony\Component\Config\Definition\Builder\TreeBuilder;
use Symfony\Component\Config\Definition\ConfigurationInterface;

/**
 * The "billing:" configuration tree.
 */
final class Configuration implements ConfigurationInterface
{
    private ?TreeBuilder $treeBuilder = null;

    public function getConfigTreeBuilder(): TreeBuilder
    {
        if (null !== $this->treeBuilder) {
            return $this->treeBuilder;
        }

        $treeBuilder = new TreeBuilder('billing');
        $treeBuilder->getRootNode()
            ->children()
                ->scalarNode('currency')->defaultValue('EUR')->end()
                ->integerNode('payment_terms_days')->defaultValue(30)->end()
                ->arrayNode('invoice')
                    ->children()
                        ->scalarNode('number_prefix')->defaultValue('INV-')->end()
                        ->booleanNode('copy_to_accounting')->defaultValue(true)->end()
                    ->end()
                ->end()
            ->end()
            ->validate()
                ->always(function (array $config): array {
                    return $this->normalize($config);
                })
            ->end();

        $this->treeBuilder = $treeBuilder;

        return $treeBuilder;
    }

    private function normalize(array $config): array
    {
        $config['currency'] = strtoupper($config['currency']);

        return $config;
    }
}
