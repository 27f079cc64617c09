<?php

namespace App\Listeners;

use Laravel\Octane\Events\RequestTerminated;

class RecordQuoteServed
{
    private int $served = 0;

    private int $bytes = 0;

    public function handle(RequestTerminated $event): void
    {
        $this->served++;
        $this->bytes += strlen($event->response->content);
    }
}
