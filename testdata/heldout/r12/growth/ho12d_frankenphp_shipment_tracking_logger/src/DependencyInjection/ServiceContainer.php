<?php

declare(strict_types=1);

namespace App\DependencyInjection;

use App\Controller\ShipmentTrackingController;
use App\Controller\CarrierGateway;
use Monolog\BufferHandler;
use Monolog\Logger;
use Monolog\SyslogUdpHandler;

/**
 * What the compiled container would look like for this app: services plus their tags.
 */
final class ServiceContainer
{
    /** @var array<string, object> */
    private array $services = [];

    /** @var array<string, list<string>> */
    private array $tags = [];

    public static function build(): self
    {
        $container = new self();

        $container->set('monolog.logger.tracking', new Logger('tracking', [
            new BufferHandler(new SyslogUdpHandler('logs.internal', 514, 'shipments')),
        ]));
        $container->set(CarrierGateway::class, new CarrierGateway(), ['kernel.reset']);
        $container->set(ShipmentTrackingController::class, new ShipmentTrackingController(
            $container->get('monolog.logger.tracking'),
            $container->get(CarrierGateway::class),
        ));

        return $container;
    }

    /** @param list<string> $tags */
    public function set(string $id, object $service, array $tags = []): void
    {
        $this->services[$id] = $service;
        foreach ($tags as $tag) {
            $this->tags[$tag][] = $id;
        }
    }

    public function get(string $id): object
    {
        return $this->services[$id];
    }

    /** @return iterable<string, object> */
    public function findTaggedServices(string $tag): iterable
    {
        foreach ($this->tags[$tag] ?? [] as $id) {
            yield $id => $this->services[$id];
        }
    }
}

/**
 * Like Symfony's services_resetter: called by the kernel between two worker requests.
 */
final class ServicesResetter
{
    public function __construct(private ServiceContainer $container)
    {
    }

    public function reset(): void
    {
        foreach ($this->container->findTaggedServices('kernel.reset') as $service) {
            if (method_exists($service, 'reset')) {
                $service->reset();
            }
        }
    }
}
