<?php

namespace App\Listeners;

use Laravel\Octane\Events\RequestTerminated;

// Resets the per-request locale the pickup forms switch to (Spanish / English / Somali).
final class FlushPickupLocale
{
    public function handle(RequestTerminated $event): void
    {
        setlocale(LC_ALL, 'C');
    }
}
