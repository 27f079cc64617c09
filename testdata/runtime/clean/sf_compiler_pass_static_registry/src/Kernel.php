<?php

namespace App;

use App\Controller\ApiStatusController;
use App\DependencyInjection\Compiler\ApiVersionPass;
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

    protected function build(ContainerBuilder $container): void
    {
        $container->addCompilerPass(new ApiVersionPass());
    }

    protected function configureContainer(ContainerBuilder $container): void
    {
        $container->setParameter('app.api_version_dates', ['2024-03-01', '2023-10-16', '2024-01-01', '2024-06-20', '2023-08-01']);

        // config/services.yaml: App\ => ../src/, autowire: true, autoconfigure: true
        foreach ([ApiStatusController::class, ApiVersionListener::class] as $class) {
            $container->register($class)->setAutowired(true)->setAutoconfigured(true);
        }
    }
}
