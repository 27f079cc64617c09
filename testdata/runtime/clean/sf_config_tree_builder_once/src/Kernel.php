<?php

namespace App;

use App\Billing\BillingBundle;
use App\Controller\InvoiceController;
use Symfony\Bundle\FrameworkBundle\FrameworkBundle;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    public function registerBundles(): iterable
    {
        yield new FrameworkBundle();
        yield new BillingBundle();
    }

    protected function configureContainer(ContainerBuilder $container): void
    {
        // config/packages/billing.yaml
        $container->loadFromExtension('billing', ['currency' => 'usd', 'payment_terms_days' => 45, 'invoice' => ['number_prefix' => 'ACME-']]);

        // config/services.yaml: App\ => ../src/, autowire: true, autoconfigure: true
        $container->register(InvoiceController::class)->setAutowired(true)->setAutoconfigured(true);
    }
}
