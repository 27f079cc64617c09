<?php

namespace App;

use Laravel\Octane\Events\RequestTerminated;

// Octane calls it after every request; it only clears the facade's copy,
// so the container hands the same log back.
final class ForgetVisitLog
{
    public function __invoke(RequestTerminated $event): void
    {
        Visits::clearResolvedInstance('visits');
    }
}
