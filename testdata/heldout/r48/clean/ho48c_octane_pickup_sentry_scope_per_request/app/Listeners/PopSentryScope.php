<?php

namespace App\Listeners;

use Laravel\Octane\Events\RequestTerminated;
use Sentry\State\HubInterface;

// Drops the request's scope, and the breadcrumbs recorded on it, once the response is sent.
final class PopSentryScope
{
    public function handle(RequestTerminated $event): void
    {
        $event->sandbox->make(HubInterface::class)->popScope();
    }
}
