<?php

namespace Symfony\Component\HttpKernel\DependencyInjection;

use Symfony\Component\DependencyInjection\Container;

/**
 * Resets services tagged "kernel.reset" that have been instantiated.
 */
class ServicesResetter
{
    /** @param array<string, string> $resetMethods service id => method */
    public function __construct(private Container $container, private array $resetMethods)
    {
    }

    public function reset(): void
    {
        foreach ($this->resetMethods as $id => $method) {
            if ($this->container->initialized($id)) {
                $this->container->get($id)->{$method}();
            }
        }
    }
}
