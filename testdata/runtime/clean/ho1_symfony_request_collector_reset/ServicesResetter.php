<?php

namespace Framework\Service;

interface ResetInterface
{
    public function reset(): void;
}

final class ServicesResetter implements ResetInterface
{
    /** @param iterable<ResetInterface> $resettableServices */
    public function __construct(private iterable $resettableServices) {}

    public function reset(): void
    {
        foreach ($this->resettableServices as $service) {
            $service->reset();
        }
    }
}
