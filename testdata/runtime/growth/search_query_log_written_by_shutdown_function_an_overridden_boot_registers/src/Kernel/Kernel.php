<?php

namespace Shop\Kernel;

use Acme\Events\Dispatcher;

final class Kernel
{
    /** @var list<Module> */
    private array $modules = [];

    public function __construct(private readonly Dispatcher $events)
    {
    }

    /**
     * @param class-string<Module> $class
     */
    public function add(string $class): void
    {
        $this->modules[] = new $class();
    }

    public function start(): void
    {
        foreach ($this->modules as $module) {
            $module->register($this->events);
        }
        foreach ($this->modules as $module) {
            $module->boot($this->events);
        }
    }

    public function handle(string $query): int
    {
        search_log_query($query);

        return strlen($query);
    }

    public function finish(): void
    {
        $this->events->dispatch('request.finished');
    }
}
