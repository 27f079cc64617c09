<?php

declare(strict_types=1);

namespace App;

use App\Controller\ShipmentTrackingController;
use App\DependencyInjection\ServiceContainer;
use App\DependencyInjection\ServicesResetter;

final class Kernel
{
    private ServiceContainer $container;

    private ServicesResetter $resetter;

    public function boot(): void
    {
        $this->container = ServiceContainer::build();
        $this->resetter = new ServicesResetter($this->container);
    }

    /**
     * @param array<string, string> $query
     * @param array<string, string> $server
     */
    public function handle(array $query, array $server): array
    {
        /** @var ShipmentTrackingController $controller */
        $controller = $this->container->get(ShipmentTrackingController::class);

        return $controller($query, $server);
    }

    public function terminate(): void
    {
        $this->resetter->reset();
    }
}
