<?php

declare(strict_types=1);

namespace Acme\Cache;

class CacheManager
{
    /** @var array<string, ArrayStore> */
    private array $stores = [];

    /** @param array{default: string, prefix?: string} $config */
    public function __construct(private readonly array $config)
    {
    }

    public function store(?string $name = null): ArrayStore
    {
        $name ??= $this->config['default'];

        return $this->stores[$name] ??= $this->resolve($name);
    }

    private function resolve(string $name): ArrayStore
    {
        return match ($name) {
            'array', 'octane' => new ArrayStore($this->config['prefix'] ?? ''),
            default => throw new \InvalidArgumentException("Cache store [{$name}] is not defined."),
        };
    }
}
