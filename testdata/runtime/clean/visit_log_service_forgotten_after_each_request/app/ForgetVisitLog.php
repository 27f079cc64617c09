<?php

namespace App;

use Laravel\Octane\Events\RequestTerminated;

// Octane calls it after every request: the next request gets a new log.
final class ForgetVisitLog
{
    public function __invoke(RequestTerminated $event): void
    {
        $event->app->forgetInstance('visits');
        Visits::clearResolvedInstance('visits');
    }
}
