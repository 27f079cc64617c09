<?php
namespace App\DependencyInjection\Compiler;

use App\Pricing\PriceCalculator;
use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\{ContainerBuilder, Reference};

final class PriceRulePass implements CompilerPassInterface
{
    public function process(ContainerBuilder $container): void
    {
        if (!$container->hasDefinition(PriceCalculator::class)) {
            return;
        }
        $rules = $container->findTaggedServiceIds('app.price_rule');
        uasort($rules, fn (array $a, array $b) => ($b[0]['priority'] ?? 0) <=> ($a[0]['priority'] ?? 0));
        foreach (array_keys($rules) as $id) {
            $container->getDefinition(PriceCalculator::class)->addMethodCall('addRule', [new Reference($id)]);
        }
    }
}
