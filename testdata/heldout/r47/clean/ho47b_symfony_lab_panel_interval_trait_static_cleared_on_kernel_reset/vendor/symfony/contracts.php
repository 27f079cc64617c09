<?php

namespace Symfony\Contracts\Service;

interface ResetInterface
{
    public function reset();
}

namespace Symfony\Component\EventDispatcher;

interface EventSubscriberInterface
{
    public static function getSubscribedEvents(): array;
}

class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener;
        krsort($this->listeners[$eventName]);
    }

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $eventName => $params) {
            if (is_string($params)) {
                $this->addListener($eventName, [$subscriber, $params]);
            } else {
                $this->addListener($eventName, [$subscriber, $params[0]], $params[1] ?? 0);
            }
        }
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        foreach ($this->listeners[$eventName ?? $event::class] ?? [] as $listeners) {
            foreach ($listeners as $listener) {
                $listener($event);
            }
        }
        return $event;
    }
}

namespace Symfony\Component\HttpKernel\DependencyInjection;

use Symfony\Contracts\Service\ResetInterface;

/** Stand-in for the services_resetter: calls the kernel.reset methods. */
final class ServicesResetter implements ResetInterface
{
    /** @param array<string, array{0: object, 1: string}> $resettable */
    public function __construct(private array $resettable)
    {
    }

    public function reset(): void
    {
        foreach ($this->resettable as [$service, $method]) {
            $service->$method();
        }
    }
}

namespace Symfony\Component\DependencyInjection;

/** Tiny compiled-container stand-in built from config/services.php. */
final class Container
{
    private array $services = [];

    /** @param array<string, array{factory: \Closure, tags?: array}> $definitions */
    public function __construct(private array $definitions)
    {
    }

    public function get(string $id): object
    {
        return $this->services[$id] ??= ($this->definitions[$id]['factory'])($this);
    }

    /** @return array<string, array> service id => tag attributes */
    public function findTaggedServiceIds(string $tag): array
    {
        $ids = [];
        foreach ($this->definitions as $id => $def) {
            if (array_key_exists($tag, $def['tags'] ?? [])) {
                $ids[$id] = $def['tags'][$tag];
            }
        }
        return $ids;
    }
}

namespace Symfony\Component\HttpKernel;

use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;

/**
 * Stand-in for a kernel kept alive by a runtime (Runtime/RoadRunner bridge):
 * boots once, handles many requests, and resets kernel.reset services
 * between two of them.
 */
final class Kernel
{
    private ?Container $container = null;
    private ?ServicesResetter $resetter = null;
    private bool $handled = false;

    public function __construct(private string $servicesFile)
    {
    }

    public function boot(): void
    {
        if ($this->container !== null) {
            if ($this->handled) {
                $this->resetter->reset();
            }
            return;
        }
        $this->container = new Container(require $this->servicesFile);
        $dispatcher = $this->container->get('event_dispatcher');
        foreach ($this->container->findTaggedServiceIds('kernel.event_subscriber') as $id => $_) {
            $dispatcher->addSubscriber($this->container->get($id));
        }
        $resettable = [];
        foreach ($this->container->findTaggedServiceIds('kernel.reset') as $id => $attrs) {
            $resettable[$id] = [$this->container->get($id), $attrs['method']];
        }
        $this->resetter = new ServicesResetter($resettable);
    }

    public function handle(string $controllerId, array $request): array
    {
        $this->boot();
        $this->handled = true;
        return $this->container->get($controllerId)($request);
    }
}
