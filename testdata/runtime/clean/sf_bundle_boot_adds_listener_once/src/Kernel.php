<?php

namespace App;

use App\Controller\CatalogController;
use App\Maintenance\MaintenanceBundle;
use Symfony\Bundle\FrameworkBundle\FrameworkBundle;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    public function registerBundles(): iterable
    {
        yield new FrameworkBundle();
        yield new MaintenanceBundle();
    }

    protected function configureContainer(ContainerBuilder $container): void
    {
        // config/services.yaml: App\ => ../src/, autowire: true, autoconfigure: true
        $container->register(CatalogController::class)->setAutowired(true)->setAutoconfigured(true);
    }
}
