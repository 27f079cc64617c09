<?php

namespace App\GraphQL;

use Acme\GraphQL\DataLoader;

/**
 * Gives every GraphQL execution its own set of loaders, so that the
 * per-request batching cache never serves another request's data.
 */
final class DataLoaderRegistry
{
    /** @var array<string, \Closure(): DataLoader> */
    private array $factories = [];

    /** @var \WeakMap<RequestContext, \ArrayObject<string, DataLoader>> */
    private \WeakMap $loaders;

    public function __construct()
    {
        $this->loaders = new \WeakMap();
    }

    public function register(string $name, \Closure $factory): void
    {
        $this->factories[$name] = $factory;
    }

    public function get(RequestContext $context, string $name): DataLoader
    {
        $set = $this->loadersFor($context);

        return $set[$name] ??= ($this->factories[$name])();
    }

    public function dispatchAll(RequestContext $context): void
    {
        foreach ($this->loadersFor($context) as $loader) {
            $loader->dispatch();
        }
    }

    private function loadersFor(RequestContext $context): \ArrayObject
    {
        return $this->loaders[$context] ??= new \ArrayObject();
    }
}
