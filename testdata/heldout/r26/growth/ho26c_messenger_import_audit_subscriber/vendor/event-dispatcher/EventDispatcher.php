<?php

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    /** @var array<string, array<int, list<callable>>> */
    private array $listeners = [];
    /** @var array<string, list<callable>> */
    private array $sorted = [];
    private \SplObjectStorage $subscribers;

    public function __construct()
    {
        $this->subscribers = new \SplObjectStorage();
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        $eventName ??= $event::class;
        foreach ($this->getListeners($eventName) as $listener) {
            if ($event instanceof StoppableEventInterface && $event->isPropagationStopped()) {
                break;
            }
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

    public function addListener(string $eventName, callable|array $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener; // leak
        unset($this->sorted[$eventName]);
    }

    public function removeListener(string $eventName, callable|array $listener): void
    {
        foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
            foreach ($listeners as $k => $candidate) {
                if ($candidate === $listener) {
                    unset($this->listeners[$eventName][$priority][$k]);
                }
            }
            if ($this->listeners[$eventName][$priority] === []) {
                unset($this->listeners[$eventName][$priority]);
            }
        }
        if (($this->listeners[$eventName] ?? null) === []) {
            unset($this->listeners[$eventName]);
        }
        unset($this->sorted[$eventName]);
    }

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        $this->subscribers->attach($subscriber); // leak
        foreach ($subscriber::getSubscribedEvents() as $eventName => $params) {
            foreach ($this->normalize($params) as [$method, $priority]) {
                $this->addListener($eventName, [$subscriber, $method], $priority);
            }
        }
    }

    public function removeSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $eventName => $params) {
            foreach ($this->normalize($params) as [$method]) {
                $this->removeListener($eventName, [$subscriber, $method]);
            }
        }
        $this->subscribers->detach($subscriber);
    }

    /** @return list<array{0: string, 1: int}> */
    private function normalize(string|array $params): array
    {
        if (is_string($params)) {
            return [[$params, 0]];
        }
        if (is_string($params[0])) {
            return [[$params[0], $params[1] ?? 0]];
        }

        return array_map(static fn (array $p): array => [$p[0], $p[1] ?? 0], $params);
    }
}
