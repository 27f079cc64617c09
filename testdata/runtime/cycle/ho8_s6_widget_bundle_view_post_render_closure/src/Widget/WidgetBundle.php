<?php
namespace App\Widget;

use App\Widget\DependencyInjection\WidgetRendererPass;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\HttpKernel\Bundle\Bundle;

final class WidgetBundle extends Bundle
{
    public function build(ContainerBuilder $container): void
    {
        $container->setParameter('widget.theme', 'dark');
        $container->register(SignupsWidget::class)->addTag('app.widget');
        $container->register(RevenueWidget::class)->addTag('app.widget');
        $container->addCompilerPass(new WidgetRendererPass());
    }
}
