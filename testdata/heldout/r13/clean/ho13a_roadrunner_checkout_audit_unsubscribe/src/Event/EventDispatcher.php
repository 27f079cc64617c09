<?php

declare(strict_types=1);

namespace App\Event;

final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function addSubscriber(SubscriberInterface $subscriber): void
    {
        if ($subscriber instanceof DispatcherAwareInterface) {
            $subscriber->setDispatcher($this);
        }
        foreach ($subscriber->listeners() as $event => $listener) {
            $this->addListener($event, $listener);
        }
    }

    public function removeSubscriber(SubscriberInterface $subscriber): void
    {
        foreach ($this->listeners as $event => $listeners) {
            $this->listeners[$event] = array_values(array_filter(
                $listeners,
                static fn (callable $l): bool => !(is_array($l) && $l[0] === $subscriber),
            ));
        }
    }

    public function dispatch(string $event, object $payload): object
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($payload);
        }

        return $payload;
    }
}
