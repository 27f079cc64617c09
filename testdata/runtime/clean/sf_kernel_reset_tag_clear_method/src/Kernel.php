<?php

namespace App;

use App\Controller\CartController;
use App\Pricing\PriceCache;
use App\Security\CurrentCustomer;
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
        foreach ([CurrentCustomer::class, CartController::class] as $class) {
            $container->register($class)->setAutowired(true)->setAutoconfigured(true);
        }

        // config/services.yaml: App\Pricing\PriceCache: tags: [{ name: kernel.reset, method: clear }]
        $container->register(PriceCache::class)->setAutowired(true)->setAutoconfigured(true)
            ->addTag('kernel.reset', ['method' => 'clear']);
    }
}
