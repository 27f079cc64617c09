<?php

namespace AcmeMessenger;

interface EventSubscriberInterface
{
    /** @return array<string, string> event name => method */
    public static function getSubscribedEvents(): array;
}

final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $eventName => $method) {
            $this->listeners[$eventName][] = [$subscriber, $method];
        }
    }

    /** Like Symfony: the event name defaults to the event's class. */
    public function dispatch(object $event, ?string $eventName = null): object
    {
        $eventName ??= $event::class;
        foreach ($this->listeners[$eventName] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}
