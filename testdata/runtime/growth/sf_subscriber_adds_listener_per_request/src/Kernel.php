<?php

namespace App;

use App\Controller\CatalogController;
use App\EventSubscriber\TenantSubscriber;
use Symfony\Bundle\FrameworkBundle\FrameworkBundle;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    public function registerBundles(): iterable
    {
        yield new FrameworkBundle();
    }

    protected function configureContainer(ContainerBuilder $container): void
    {
        // config/services.yaml: App\ => ../src/, autowire: true, autoconfigure: true
        foreach ([
            CatalogController::class,
            TenantSubscriber::class,
        ] as $class) {
            $container->register($class)->setAutowired(true)->setAutoconfigured(true);
        }
    }
}
