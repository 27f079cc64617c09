<?php

namespace Symfony\Component\DependencyInjection;

use Psr\Container\ContainerInterface;

/**
 * Stand-in for the compiled container: shared services built on first get().
 */
class Container implements ContainerInterface
{
    /** @var array<string, object> */
    private array $services = [];

    /**
     * @param array<string, array{factory: \Closure, tags?: list<string>}> $definitions
     */
    public function __construct(private array $definitions)
    {
    }

    public function get(string $id): mixed
    {
        if (isset($this->services[$id])) {
            return $this->services[$id];
        }
        if (!isset($this->definitions[$id])) {
            throw new \RuntimeException(sprintf('You have requested a non-existent service "%s".', $id));
        }

        return $this->services[$id] = ($this->definitions[$id]['factory'])($this);
    }

    public function has(string $id): bool
    {
        return isset($this->definitions[$id]);
    }

    public function initialized(string $id): bool
    {
        return isset($this->services[$id]);
    }

    /** @return list<string> */
    public function findTaggedServiceIds(string $tag): array
    {
        $ids = [];
        foreach ($this->definitions as $id => $definition) {
            if (in_array($tag, $definition['tags'] ?? [], true)) {
                $ids[] = $id;
            }
        }

        return $ids;
    }
}
