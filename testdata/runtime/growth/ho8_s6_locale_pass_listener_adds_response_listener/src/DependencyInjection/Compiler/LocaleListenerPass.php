<?php
namespace App\DependencyInjection\Compiler;

use App\EventListener\LocaleListener;
use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\{ContainerBuilder, Reference};
use Symfony\Component\HttpKernel\KernelEvents;

final class LocaleListenerPass implements CompilerPassInterface
{
    public function process(ContainerBuilder $container): void
    {
        $locales = $container->getParameter('app.enabled_locales');
        if (\count($locales) < 2) {
            return;
        }
        $container->register(LocaleListener::class)
            ->setArgument('dispatcher', new Reference('event_dispatcher'))
            ->setArgument('enabledLocales', $locales);
        $container->getDefinition('event_dispatcher')
            ->addMethodCall('addListener', [KernelEvents::REQUEST, [new Reference(LocaleListener::class), 'onKernelRequest'], 16]);
    }
}
