<?php

namespace App;

use App\Command\ConsumeOrdersCommand;
use App\MessageHandler\ShipOrderHandler;
use Symfony\Bundle\FrameworkBundle\FrameworkBundle;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\Reference;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;
use Symfony\Component\Messenger\Transport\InMemory\InMemoryTransport;

class Kernel extends BaseKernel
{
    public function registerBundles(): iterable
    {
        yield new FrameworkBundle();
    }

    protected function configureContainer(ContainerBuilder $container): void
    {
        // config/packages/messenger.yaml: transports: { async: '%env(MESSENGER_TRANSPORT_DSN)%' }
        $container->register('messenger.transport.async', InMemoryTransport::class)->setPublic(true);

        // config/services.yaml: App\ => ../src/, autowire: true, autoconfigure: true
        $container->register(ShipOrderHandler::class)->setAutowired(true)->setAutoconfigured(true);
        $container->register(ConsumeOrdersCommand::class)->setAutowired(true)->setAutoconfigured(true)
            ->setArgument('$transport', new Reference('messenger.transport.async'));
    }
}
