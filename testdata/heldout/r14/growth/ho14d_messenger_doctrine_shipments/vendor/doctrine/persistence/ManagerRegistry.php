<?php

namespace Doctrine\Persistence;

use Doctrine\ORM\EntityManager;

class ManagerRegistry
{
    /** @var array<string, EntityManager> */
    private array $managers = [];

    /**
     * @param array<string, string> $mappings entity namespace prefix => manager name
     */
    public function __construct(private readonly array $connections, private readonly array $mappings, private readonly string $defaultManager = 'default')
    {
    }

    public function getManager(?string $name = null): EntityManager
    {
        $name ??= $this->defaultManager;

        return $this->managers[$name] ??= new EntityManager($this->connections[$name]);
    }

    public function getManagerForClass(string $class): EntityManager
    {
        foreach ($this->mappings as $prefix => $manager) {
            if (str_starts_with($class, $prefix)) {
                return $this->getManager($manager);
            }
        }

        return $this->getManager();
    }

    /** @return array<string, EntityManager> */
    public function getManagers(): array
    {
        foreach (array_keys($this->connections) as $name) {
            $this->getManager($name);
        }

        return $this->managers;
    }
}
