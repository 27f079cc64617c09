<?php

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;

abstract class Facade
{
    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();

        return static::$resolvedInstance[$name] ??= Container::getInstance()->make($name);
    }

    public static function clearResolvedInstances(): void
    {
        static::$resolvedInstance = [];
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}

namespace Illuminate\Config;

class Repository
{
    public function __construct(protected array $items = [])
    {
    }

    public function get(string $key, mixed $default = null): mixed
    {
        $value = $this->items;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }

        return $value;
    }

    public function set(string $key, mixed $value): void
    {
        $this->items[$key] = $value;
    }
}

namespace Illuminate\Events;

class Dispatcher
{
    /** @var array<string, list<callable>> */
    protected array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function hasListeners(string $event): bool
    {
        return !empty($this->listeners[$event]);
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}
