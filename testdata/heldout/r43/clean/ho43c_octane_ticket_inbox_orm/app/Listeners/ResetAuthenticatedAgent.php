<?php

namespace App\Listeners;

use App\Support\CurrentAgent;
use Helpdesk\Foundation\RequestTerminated;

final class ResetAuthenticatedAgent
{
    public function handle(RequestTerminated $event): void
    {
        CurrentAgent::forget();
    }
}
