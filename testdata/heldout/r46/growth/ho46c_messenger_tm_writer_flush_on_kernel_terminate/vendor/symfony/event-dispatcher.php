<?php

namespace Symfony\Component\EventDispatcher {

    interface EventSubscriberInterface
    {
        /** @return array<string, string> event name => method */
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
            foreach ($subscriber::getSubscribedEvents() as $eventName => $method) {
                $this->addListener($eventName, [$subscriber, $method]);
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
}

namespace Symfony\Component\HttpKernel {

    /** Only ever dispatched by HttpKernel::terminate(), i.e. after an HTTP response. */
    final class KernelEvents
    {
        public const REQUEST = 'kernel.request';
        public const RESPONSE = 'kernel.response';
        public const TERMINATE = 'kernel.terminate';
    }
}
