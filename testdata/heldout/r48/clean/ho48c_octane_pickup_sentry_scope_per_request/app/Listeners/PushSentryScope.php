<?php

namespace App\Listeners;

use Laravel\Octane\Events\RequestReceived;
use Sentry\State\HubInterface;

// Every request records its breadcrumbs on a fresh scope cloned from the boot scope.
final class PushSentryScope
{
    public function handle(RequestReceived $event): void
    {
        $event->sandbox->make(HubInterface::class)->pushScope();
    }
}
