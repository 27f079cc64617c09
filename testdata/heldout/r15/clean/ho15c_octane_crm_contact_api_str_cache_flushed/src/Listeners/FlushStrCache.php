<?php

declare(strict_types=1);

namespace App\Listeners;

use App\Support\Str;
use Laravel\Octane\Events\RequestTerminated;

final class FlushStrCache
{
    public function handle(RequestTerminated $event): void
    {
        Str::flushCache();
    }
}
