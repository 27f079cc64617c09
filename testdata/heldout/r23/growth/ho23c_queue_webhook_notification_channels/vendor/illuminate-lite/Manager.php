<?php

declare(strict_types=1);

namespace Illuminate\Lite;

abstract class Manager
{
    /** @var array<string, object> */
    protected array $drivers = [];

    public function __construct(protected Container $container)
    {
    }

    abstract public function getDefaultDriver(): string;

    public function driver(?string $driver = null): object
    {
        $driver ??= $this->getDefaultDriver();

        if (!isset($this->drivers[$driver])) {
            $this->drivers[$driver] = $this->createDriver($driver); // leak
        }

        return $this->drivers[$driver];
    }

    protected function createDriver(string $driver): object
    {
        $method = 'create' . str_replace(' ', '', ucwords(str_replace(['-', '_'], ' ', $driver))) . 'Driver';
        if (method_exists($this, $method)) {
            return $this->{$method}();
        }

        throw new \InvalidArgumentException("Driver [{$driver}] not supported.");
    }

    public function forgetDrivers(): static
    {
        $this->drivers = [];

        return $this;
    }
}
