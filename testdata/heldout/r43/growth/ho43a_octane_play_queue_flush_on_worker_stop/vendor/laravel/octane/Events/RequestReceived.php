<?php

namespace Laravel\Octane\Events;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

class RequestReceived
{
    public function __construct(
        public Container $app,
        public Request $request,
    ) {
    }
}
