<?php

declare(strict_types=1);

namespace App\Worker;

use Monolog\ResettableInterface;

/**
 * Resets services tagged "kernel.reset" between two messages, like the framework's services_resetter.
 */
final class ServicesResetter
{
    /**
     * @param iterable<ResettableInterface> $resettableServices
     */
    public function __construct(private iterable $resettableServices)
    {
    }

    public function reset(): void
    {
        foreach ($this->resettableServices as $service) {
            $service->reset();
        }
    }
}
