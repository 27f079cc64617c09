<?php

namespace Symfony\Component\DependencyInjection\Loader\Configurator;

use App\Cms\Markdown\MarkdownRenderer;
use App\Cms\Markdown\TocExtension;
use App\Controller\PageController;

return static function (ContainerConfigurator $container): void {
    $services = $container->services()->defaults()->autowire()->autoconfigure();

    $services->set(TocExtension::class);
    $services->set(MarkdownRenderer::class)
        ->call('addExtension', [service(TocExtension::class)])
        ->tag('kernel.reset', ['method' => 'reset']);
    $services->set(PageController::class)->public();
};
