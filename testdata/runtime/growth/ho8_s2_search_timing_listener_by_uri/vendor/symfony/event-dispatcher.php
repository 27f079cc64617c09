<?php
// Stand-in for symfony/event-dispatcher: the listener attribute and the dispatcher.
namespace Symfony\Component\EventDispatcher\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD | \Attribute::IS_REPEATABLE)]
    class AsEventListener
    {
        public function __construct(public ?string $event = null, public ?string $method = null, public int $priority = 0) {}
    }
}

namespace Symfony\Component\EventDispatcher {
    class EventDispatcher
    {
        private array $listeners = [];

        public function addListener(string $eventName, callable $listener, int $priority = 0): void
        {
            $this->listeners[$eventName][$priority][] = $listener;
            krsort($this->listeners[$eventName]);
        }

        public function dispatch(object $event, string $eventName): object
        {
            foreach (array_merge(...array_values($this->listeners[$eventName] ?? [[]])) as $listener) {
                $listener($event);
            }
            return $event;
        }
    }
}
