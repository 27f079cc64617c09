<?php

namespace App\Listeners;

use App\Facades\Digest;
use Laravel\Octane\Events\RequestTerminated;

final class FlushReplyDigests
{
    public function handle(RequestTerminated $event): void
    {
        if ($event->status < 500) {
            Digest::flush();
        }
    }
}
