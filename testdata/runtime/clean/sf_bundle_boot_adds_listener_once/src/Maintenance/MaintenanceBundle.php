<?php

namespace App\Maintenance;

use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\HttpKernel\Bundle\Bundle;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Announces the next maintenance window in a response header.
 */
final class MaintenanceBundle extends Bundle
{
    /** @var list<string> */
    private static array $lifecycle = [];

    public function build(ContainerBuilder $container): void
    {
        $container->register(MaintenanceWindow::class)
            ->setArguments(['$startsAt' => '2024-07-01T02:00:00Z', '$endsAt' => '2024-07-01T04:00:00Z']);
        self::$lifecycle[] = 'build: registered '.MaintenanceWindow::class;
    }

    public function boot(): void
    {
        $window = $this->container->get(MaintenanceWindow::class);
        $dispatcher = $this->container->get('event_dispatcher');
        $dispatcher->addListener(KernelEvents::RESPONSE, function (ResponseEvent $event) use ($window): void {
            $event->getResponse()->headers->set('X-Maintenance-Window', $window->describe());
        });
        self::$lifecycle[] = 'boot: listening to '.KernelEvents::RESPONSE.' on behalf of '.$this->getName();
    }
}
