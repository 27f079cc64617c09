<?php

namespace Crell\Tukio;

use Psr\EventDispatcher\EventDispatcherInterface;
use Psr\EventDispatcher\ListenerProviderInterface;

class OrderedListenerProvider implements ListenerProviderInterface
{
    /** @var array<string, array<string, array{int, callable}>> */
    protected array $listeners = [];

    public function addListener(callable $listener, ?int $priority = null, ?string $id = null, ?string $type = null): string
    {
        $type ??= (new \ReflectionFunction(\Closure::fromCallable($listener)))->getParameters()[0]->getType()->getName();
        $id ??= $type . '#' . count($this->listeners[$type] ?? []);
        $this->listeners[$type][$id] = [$priority ?? 0, $listener];
        return $id;
    }

    public function getListenersForEvent(object $event): iterable
    {
        foreach ($this->listeners as $type => $listeners) {
            if ($event instanceof $type) {
                uasort($listeners, static fn (array $a, array $b): int => $b[0] <=> $a[0]);
                foreach ($listeners as [, $listener]) {
                    yield $listener;
                }
            }
        }
    }
}

class Dispatcher implements EventDispatcherInterface
{
    public function __construct(protected ListenerProviderInterface $provider) {}

    public function dispatch(object $event): object
    {
        foreach ($this->provider->getListenersForEvent($event) as $listener) {
            $listener($event);
        }
        return $event;
    }
}
