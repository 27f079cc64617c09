<?php

declare(strict_types=1);

namespace Lattice\DependencyInjection;

interface ContainerInterface
{
    public function get(string $id): object;

    public function has(string $id): bool;
}

final class ServiceNotFoundException extends \RuntimeException
{
}

/**
 * Lazily instantiates services from factories and shares them for the life of the worker.
 */
final class ServiceLocator implements ContainerInterface
{
    /** @var array<string, object> */
    private array $services = [];

    /** @var array<string, bool> */
    private array $loading = [];

    /** @param array<string, \Closure(ContainerInterface): object> $factories */
    public function __construct(private readonly array $factories) {}

    public function get(string $id): object
    {
        if (isset($this->services[$id])) {
            return $this->services[$id];
        }
        if (!isset($this->factories[$id])) {
            throw new ServiceNotFoundException(sprintf('Service "%s" not found.', $id));
        }
        if (isset($this->loading[$id])) {
            throw new \LogicException(sprintf('Circular reference detected for service "%s".', $id));
        }
        $this->loading[$id] = true;
        try {
            return $this->services[$id] = ($this->factories[$id])($this);
        } finally {
            unset($this->loading[$id]);
        }
    }

    public function has(string $id): bool
    {
        return isset($this->factories[$id]);
    }
}
