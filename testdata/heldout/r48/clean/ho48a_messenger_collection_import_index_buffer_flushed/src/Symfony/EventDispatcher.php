<?php

namespace Symfony\Component\EventDispatcher;

interface EventSubscriberInterface
{
    public static function getSubscribedEvents(): array;
}

/** Stand-in for Symfony's EventDispatcher: listeners are wired once at container build. */
final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->listeners[$event][] = [$subscriber, $method];
        }
    }

    public function dispatch(object $event, ?string $name = null): object
    {
        foreach ($this->listeners[$name ?? $event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}
