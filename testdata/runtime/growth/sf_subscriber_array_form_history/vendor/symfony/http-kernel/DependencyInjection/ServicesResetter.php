<?php

namespace Symfony\Component\HttpKernel\DependencyInjection;

use Symfony\Contracts\Service\ResetInterface;

/**
 * Resets provided services (the "kernel.reset" tag).
 */
class ServicesResetter implements ResetInterface
{
    public function __construct(private \Traversable $resettableServices, private array $resetMethods)
    {
    }

    public function reset(): void
    {
        foreach ($this->resettableServices as $id => $service) {
            foreach ((array) $this->resetMethods[$id] as $resetMethod) {
                $service->$resetMethod();
            }
        }
    }
}
