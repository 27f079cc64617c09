<?php

declare(strict_types=1);

namespace App\Support;

final class Container
{
    private static ?self $instance = null;

    /** @var array<string, \Closure> */
    private array $factories = [];
    /** @var array<string, object> */
    private array $resolved = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function get(string $id): object
    {
        return $this->resolved[$id] ??= ($this->factories[$id])($this);
    }
}
