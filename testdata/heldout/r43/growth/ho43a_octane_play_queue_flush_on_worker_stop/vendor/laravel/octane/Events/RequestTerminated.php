<?php

namespace Laravel\Octane\Events;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

class RequestTerminated
{
    public function __construct(
        public Container $app,
        public Request $request,
    ) {
    }
}
