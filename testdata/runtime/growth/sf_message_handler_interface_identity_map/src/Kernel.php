<?php

namespace App;

use App\Catalog\ProductRepository;
use App\MessageHandler\ImportProductHandler;
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
            ProductRepository::class,
            ImportProductHandler::class,
        ] as $class) {
            $container->register($class)->setAutowired(true)->setAutoconfigured(true);
        }
    }
}
