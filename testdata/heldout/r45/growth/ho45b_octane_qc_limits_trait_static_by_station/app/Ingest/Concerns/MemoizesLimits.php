<?php

namespace App\Ingest\Concerns;

use App\Ingest\QcLimits;
use Closure;

/**
 * Deriving an envelope walks the climatology for every month, so derived
 * limits are kept for the life of the worker and shared by every check that
 * uses this trait.
 */
trait MemoizesLimits
{
    protected static array $limits = [];

    /** @param Closure(): QcLimits $derive */
    protected function limits(string $key, Closure $derive): QcLimits
    {
        return static::$limits[$key] ??= $derive(); // leak
    }
}
