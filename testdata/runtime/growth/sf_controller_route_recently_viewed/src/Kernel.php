<?php

namespace App;

use App\Controller\ProductController;
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
            ProductController::class,
        ] as $class) {
            $container->register($class)->setAutowired(true)->setAutoconfigured(true);
        }
    }
}
