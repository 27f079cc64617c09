<?php
// Stand-ins for Laravel's container and event dispatcher: the container
// is one instance for the process, and make('events') hands out its one
// dispatcher, which keeps every listener it is given.

namespace Illuminate\Events {
    class Dispatcher
    {
        private array $listeners = [];

        public function listen(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function dispatch(object $event): void
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
        }
    }
}

namespace Illuminate\Container {
    class Container
    {
        private static ?Container $instance = null;
        private array $resolved = [];

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public function make(string $id): object
        {
            return $this->resolved[$id] ??= match ($id) {
                'events' => new \Illuminate\Events\Dispatcher(),
            };
        }
    }
}
