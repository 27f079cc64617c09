<?php
namespace App\Widget\DependencyInjection;

use App\Widget\WidgetRenderer;
use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\{ContainerBuilder, Reference};

final class WidgetRendererPass implements CompilerPassInterface
{
    public function process(ContainerBuilder $container): void
    {
        $renderer = $container->register(WidgetRenderer::class)->addMethodCall('setTheme', [$container->getParameter('widget.theme')]);
        foreach (array_keys($container->findTaggedServiceIds('app.widget')) as $id) {
            $renderer->addMethodCall('addWidget', [new Reference($id)]);
        }
    }
}
