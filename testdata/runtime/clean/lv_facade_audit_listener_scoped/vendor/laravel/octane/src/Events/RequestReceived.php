<?php

namespace Laravel\Octane\Events;

class RequestReceived
{
    public function __construct(public $app, public $sandbox, public $request)
    {
    }
}
