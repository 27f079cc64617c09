<?php
declare(strict_types=1);

namespace App\Profiler;

/**
 * Services holding per-message state implement this so the worker can reset them between messages.
 */
interface ResetInterface
{
    public function reset(): void;
}
