<?php

use App\Transport\PantryLabelFeed;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\Reference;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\Messenger\EventListener\ResetServicesListener;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

// framework.messenger: one "labels" transport consumed by messenger:consume labels
return static function (ContainerBuilder $container): void {
    $container->register(EventDispatcher::class);
    $container->register(PantryLabelFeed::class);
    $container->register(Worker::class)
        ->setArgument(0, new Reference(PantryLabelFeed::class))
        ->setArgument(1, new Reference(MessageBus::class))
        ->setArgument(2, new Reference(EventDispatcher::class));
    $container->register(ResetServicesListener::class)
        ->setArgument(0, new Reference('services_resetter'));
};
