<?php

namespace Illuminate\Events;

use Closure;
use Illuminate\Container\Container;
use Illuminate\Contracts\Queue\ShouldQueue;

class Dispatcher
{
    /** @var array<string, list<Closure|string|array>> */
    protected array $listeners = [];

    /** @var callable|null */
    protected $queueResolver;

    public function __construct(protected ?Container $container = null)
    {
        $this->container = $container ?: new Container;
    }

    public function listen(Closure|string|array $events, Closure|string|array|null $listener = null): void
    {
        foreach ((array) $events as $event) {
            $this->listeners[$event][] = $listener;
        }
    }

    public function hasListeners(string $eventName): bool
    {
        return isset($this->listeners[$eventName]);
    }

    public function dispatch(string|object $event, mixed $payload = [], bool $halt = false): mixed
    {
        if (is_object($event)) {
            [$payload, $event] = [[$event], get_class($event)];
        }
        $responses = [];
        foreach ($this->getListeners($event) as $listener) {
            $response = $listener($event, is_array($payload) ? $payload : [$payload]);
            if ($halt && ! is_null($response)) {
                return $response;
            }
            if ($response === false) {
                break;
            }
            $responses[] = $response;
        }
        return $halt ? null : $responses;
    }

    /**
     * @return list<Closure>
     */
    public function getListeners(string $eventName): array
    {
        $listeners = $this->listeners[$eventName] ?? [];
        if (class_exists($eventName, false)) {
            foreach (class_implements($eventName) as $interface) {
                foreach ($this->listeners[$interface] ?? [] as $listener) {
                    $listeners[] = $listener;
                }
            }
        }
        $prepared = [];
        foreach ($listeners as $listener) {
            $prepared[] = $this->makeListener($listener);
        }
        return $prepared;
    }

    public function makeListener(Closure|string|array $listener): Closure
    {
        if (is_string($listener) || (is_array($listener) && is_string($listener[0]))) {
            return $this->createClassListener($listener);
        }
        return static fn ($event, $payload) => $listener(...array_values($payload));
    }

    public function createClassListener(string|array $listener): Closure
    {
        [$class, $method] = is_array($listener) ? $listener : (str_contains($listener, '@') ? explode('@', $listener, 2) : [$listener, 'handle']);
        if (is_subclass_of($class, ShouldQueue::class)) {
            return fn ($event, $payload) => $this->queueHandler($class, $method, $payload);
        }
        return fn ($event, $payload) => $this->container->make($class)->{$method}(...array_values($payload));
    }

    protected function queueHandler(string $class, string $method, array $arguments): void
    {
        $connection = call_user_func($this->queueResolver)->connection();
        $connection->push(new CallQueuedListener($class, $method, array_values($arguments)));
    }

    public function setQueueResolver(callable $resolver): static
    {
        $this->queueResolver = $resolver;
        return $this;
    }
}
