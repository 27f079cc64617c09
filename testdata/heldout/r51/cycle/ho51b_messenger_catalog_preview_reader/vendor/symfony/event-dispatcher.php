<?php
namespace Symfony\Component\EventDispatcher;

interface EventSubscriberInterface
{
    public static function getSubscribedEvents(): array;
}

class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener;
    }

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->addListener($event, [$subscriber, $method]);
        }
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        foreach ($this->listeners[$eventName ?? $event::class] ?? [] as $listener) {
            $listener($event);
        }
        return $event;
    }
}
