<?php

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    /** @var array<string, array<int, list<callable>>> */
    private array $listeners = [];

    /** @var array<string, list<callable>> */
    private array $sorted = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener;
        unset($this->sorted[$eventName]);
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
        $eventName ??= $event::class;
        foreach ($this->getListeners($eventName) as $listener) {
            $listener($event, $eventName, $this);
        }

        return $event;
    }

    /** @return list<callable> */
    public function getListeners(string $eventName): array
    {
        if (!isset($this->listeners[$eventName])) {
            return [];
        }
        if (!isset($this->sorted[$eventName])) {
            krsort($this->listeners[$eventName]);
            $this->sorted[$eventName] = array_merge(...array_values($this->listeners[$eventName]));
        }

        return $this->sorted[$eventName];
    }
}
