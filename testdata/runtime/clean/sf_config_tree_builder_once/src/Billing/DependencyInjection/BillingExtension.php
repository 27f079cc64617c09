<?php

namespace App\Billing\DependencyInjection;

use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\Extension\Extension;

final class BillingExtension extends Extension
{
    public function load(array $configs, ContainerBuilder $container): void
    {
        $config = $this->processConfiguration(new Configuration(), $configs);

        $container->setParameter('billing.currency', $config['currency']);
        $container->setParameter('billing.payment_terms_days', $config['payment_terms_days']);
        $container->setParameter('billing.invoice.number_prefix', $config['invoice']['number_prefix']);
    }
}
