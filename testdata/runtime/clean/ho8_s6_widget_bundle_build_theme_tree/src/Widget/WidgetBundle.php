<?php
namespace App\Widget;

use App\Widget\DependencyInjection\WidgetRendererPass;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\HttpKernel\Bundle\Bundle;

final class WidgetBundle extends Bundle
{
    public static ?ThemeNode $themes = null;
    /** @var list<string> */
    public static array $buildLog = [];

    public function build(ContainerBuilder $container): void
    {
        self::$themes = new ThemeNode('base', ['font' => 'Inter', 'radius' => '6px']);
        $dark = new ThemeNode('dark', ['bg' => '#111', 'fg' => '#eee'], self::$themes);
        new ThemeNode('dark-contrast', ['fg' => '#fff'], $dark);
        new ThemeNode('light', ['bg' => '#fff', 'fg' => '#222'], self::$themes);
        self::$buildLog[] = 'themes: ' . implode(', ', array_keys(self::$themes->variants));

        $container->setParameter('widget.theme', 'dark');
        $container->register(SignupsWidget::class)->addTag('app.widget');
        $container->register(RevenueWidget::class)->addTag('app.widget');
        $container->addCompilerPass(new WidgetRendererPass());
        self::$buildLog[] = 'compiler pass: ' . WidgetRendererPass::class;
    }
}
