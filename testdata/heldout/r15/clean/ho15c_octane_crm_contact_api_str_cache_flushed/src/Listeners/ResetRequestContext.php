<?php

declare(strict_types=1);

namespace App\Listeners;

use Laravel\Octane\Events\RequestTerminated;

final class ResetRequestContext
{
    public static ?string $tenant = null;

    public function handle(RequestTerminated $event): void
    {
        self::$tenant = null;
    }
}
