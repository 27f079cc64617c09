<?php

declare(strict_types=1);

namespace Illuminate\Container;

/** Stand-in of the Laravel container: one instance per worker, shared singletons. */
class Container
{
    private static ?self $instance = null;

    /** @var array<string, object> */
    private array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function make(string $abstract): object
    {
        return $this->instances[$abstract] ??= new $abstract();
    }
}

namespace Illuminate\Events;

final class Dispatcher
{
    /** @var array<string, list<callable>> */
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

namespace Laravel\Octane;

use Illuminate\Events\Dispatcher;

final class RequestTerminated
{
    public function __construct(public readonly array $request) {}
}

final class Worker
{
    public function __construct(private readonly Dispatcher $events, private readonly \Closure $kernel) {}

    public function handle(array $request): void
    {
        try {
            ($this->kernel)($request);
        } finally {
            $this->events->dispatch(new RequestTerminated($request));
        }
    }
}
