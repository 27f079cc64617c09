<?php
namespace App\DependencyInjection\Compiler;

use App\Pricing\PriceCalculator;
use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\{ContainerBuilder, Reference};

final class PriceRulePass implements CompilerPassInterface
{
    /** @var list<array{id: string, priority: int, note: string}> shown by debug:container --tag=app.price_rule */
    public static array $wiringLog = [];

    public function process(ContainerBuilder $container): void
    {
        if (!$container->hasDefinition(PriceCalculator::class)) {
            return;
        }
        $rules = $container->findTaggedServiceIds('app.price_rule');
        uasort($rules, fn (array $a, array $b) => ($b[0]['priority'] ?? 0) <=> ($a[0]['priority'] ?? 0));
        foreach ($rules as $id => $tags) {
            $container->getDefinition(PriceCalculator::class)->addMethodCall('addRule', [new Reference($id)]);
            self::$wiringLog[] = ['id' => $id, 'priority' => $tags[0]['priority'] ?? 0, 'note' => str_repeat("{$id} wired into PriceCalculator::addRule(); ", 10)];
        }
    }
}
