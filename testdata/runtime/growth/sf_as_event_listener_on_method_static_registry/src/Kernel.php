<?php

namespace App;

use App\Controller\ApiStatusController;
use App\EventListener\ApiVersionListener;
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
            ApiStatusController::class,
            ApiVersionListener::class,
        ] as $class) {
            $container->register($class)->setAutowired(true)->setAutoconfigured(true);
        }
    }
}
