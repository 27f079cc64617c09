<?php

declare(strict_types=1);

namespace App\Listeners;

use App\Facades\Waves;
use Laravel\Octane\Events\RequestTerminated;

// Registered for RequestTerminated so that no request sees the previous
// request's wave state.
final class ResetWaveFacade
{
    public function __invoke(RequestTerminated $event): void
    {
        $event->app->forgetInstance('waves');
        Waves::clearResolvedInstance('waves');
    }
}
