<?php

namespace Council\Support;

/**
 * Process-wide service locator, filled in onWorkerStart.
 */
final class Locator
{
    private static ?self $instance = null;
    /** @var array<string, \Closure(self): object> */
    private array $factories = [];
    /** @var array<string, object> */
    private array $services = [];

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function define(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function get(string $id): object
    {
        return $this->services[$id] ??= ($this->factories[$id])($this);
    }
}

final class HookManager
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function dispatch(string $event, object $payload): int
    {
        $called = 0;
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($payload);
            $called++;
        }
        return $called;
    }
}

/**
 * Static accessor: Hook::listen(...) / Hook::dispatch(...) forward to the
 * HookManager the locator holds.
 *
 * @method static void listen(string $event, callable $listener)
 * @method static int dispatch(string $event, object $payload)
 */
final class Hook
{
    public static function __callStatic(string $method, array $arguments): mixed
    {
        return Locator::instance()->get(HookManager::class)->{$method}(...$arguments);
    }
}
