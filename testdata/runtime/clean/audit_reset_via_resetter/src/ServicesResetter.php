<?php

final class ServicesResetter
{
    /** @param list<ResetInterface> $services */
    public function __construct(private array $services) {}

    public function resetAll(): void
    {
        foreach ($this->services as $service) {
            $service->reset();
        }
    }
}
