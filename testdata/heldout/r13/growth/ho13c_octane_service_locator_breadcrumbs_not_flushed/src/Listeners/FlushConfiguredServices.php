<?php

declare(strict_types=1);

namespace App\Listeners;

use App\Octane\RequestTerminated;
use App\Support\Services;

final class FlushConfiguredServices
{
    /** @param list<string> $services */
    public function __construct(private readonly array $services)
    {
    }

    public function __invoke(RequestTerminated $event): void
    {
        foreach ($this->services as $id) {
            Services::forget($id);
        }
    }
}
