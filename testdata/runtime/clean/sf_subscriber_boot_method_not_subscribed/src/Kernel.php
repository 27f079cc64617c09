<?php

namespace App;

use App\Controller\OrderController;
use App\EventSubscriber\LocaleSubscriber;
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
        $container->register(OrderController::class)->setAutowired(true)->setAutoconfigured(true);

        // config/services.yaml: App\EventSubscriber\LocaleSubscriber: calls: [[addLocale, [...]], ...]
        $container->register(LocaleSubscriber::class)->setAutowired(true)->setAutoconfigured(true)
            ->addMethodCall('addLocale', ['en', 'English', ['en_US', 'en_GB']])
            ->addMethodCall('addLocale', ['fr', 'Français', ['fr_FR', 'fr_BE', 'fr_CA']])
            ->addMethodCall('addLocale', ['de', 'Deutsch', ['de_DE', 'de_AT', 'de_CH']]);
    }
}
