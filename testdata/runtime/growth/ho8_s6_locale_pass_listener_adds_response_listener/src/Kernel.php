<?php
namespace App;

use App\DependencyInjection\Compiler\LocaleListenerPass;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    public function registerBundles(): iterable
    {
        return [];
    }

    protected function build(ContainerBuilder $container): void
    {
        $container->setParameter('app.enabled_locales', ['en', 'de', 'fr', 'nl']);
        $container->addCompilerPass(new LocaleListenerPass());
    }
}
