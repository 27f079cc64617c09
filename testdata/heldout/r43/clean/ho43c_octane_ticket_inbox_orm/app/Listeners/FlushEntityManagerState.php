<?php

namespace App\Listeners;

use App\Orm;
use Helpdesk\Foundation\RequestTerminated;

/**
 * The entity manager is warmed once per worker, so whatever the request
 * loaded into it must be forgotten before the next request is served.
 */
final class FlushEntityManagerState
{
    public function handle(RequestTerminated $event): void
    {
        Orm::clear();
    }
}
