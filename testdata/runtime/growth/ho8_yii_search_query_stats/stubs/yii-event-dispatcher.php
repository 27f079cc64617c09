<?php

namespace Yiisoft\EventDispatcher\Provider {

    final class ListenerCollection
    {
        /** @var array<class-string, list<callable>> */
        private array $listeners = [];

        public function add(callable $listener, string ...$eventClassNames): self
        {
            $new = clone $this;
            foreach ($eventClassNames as $eventClassName) {
                $new->listeners[$eventClassName][] = $listener;
            }
            return $new;
        }

        public function getForEvents(string ...$eventClassNames): iterable
        {
            foreach ($eventClassNames as $eventClassName) {
                yield from $this->listeners[$eventClassName] ?? [];
            }
        }
    }

    final class Provider implements \Psr\EventDispatcher\ListenerProviderInterface
    {
        public function __construct(private ListenerCollection $listeners) {}

        public function getListenersForEvent(object $event): iterable
        {
            yield from $this->listeners->getForEvents($event::class, ...array_values(class_parents($event)));
        }
    }
}

namespace Yiisoft\EventDispatcher\Dispatcher {

    final class Dispatcher implements \Psr\EventDispatcher\EventDispatcherInterface
    {
        public function __construct(private \Psr\EventDispatcher\ListenerProviderInterface $listenerProvider) {}

        public function dispatch(object $event): object
        {
            foreach ($this->listenerProvider->getListenersForEvent($event) as $listener) {
                $listener($event);
            }
            return $event;
        }
    }
}
