<?php

namespace Symfony\Component\HttpKernel\DependencyInjection;

use Symfony\Contracts\Service\ResetInterface;

/**
 * Resets provided services between requests (kernel.reset tag).
 */
class ServicesResetter implements ResetInterface
{
    /**
     * @param iterable<string, object> $resettableServices
     * @param array<string, string|string[]> $resetMethods
     */
    public function __construct(
        private iterable $resettableServices,
        private array $resetMethods,
    ) {
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
