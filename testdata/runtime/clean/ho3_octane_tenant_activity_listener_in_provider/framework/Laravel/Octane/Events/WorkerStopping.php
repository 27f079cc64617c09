<?php

declare(strict_types=1);

namespace Laravel\Octane\Events;

final class WorkerStopping
{
    public function __construct(public readonly int $workerId) {}
}
