<?php

declare(strict_types=1);

namespace App\Support;

final class ServiceLocator
{
    private static ?self $instance = null;

    /** @var array<string, \Closure(self): object> */
    private array $factories = [];

    /** @var array<string, object> */
    private array $shared = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function set(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
        unset($this->shared[$id]);
    }

    public function get(string $id): object
    {
        if (!isset($this->shared[$id])) {
            $this->shared[$id] = ($this->factories[$id])($this);
        }

        return $this->shared[$id];
    }
}
