<?php

declare(strict_types=1);

namespace App\Profiler;

/**
 * Services that hold request-scoped state between two requests of a long-running process.
 */
interface ResetInterface
{
    public function reset(): void;
}
