<?php

namespace Laravel\Octane\Events;

use Illuminate\Container\Container;

class WorkerStopping
{
    public function __construct(public Container $app)
    {
    }
}
