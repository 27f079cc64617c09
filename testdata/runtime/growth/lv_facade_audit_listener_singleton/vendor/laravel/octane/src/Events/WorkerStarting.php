<?php

namespace Laravel\Octane\Events;

class WorkerStarting
{
    public function __construct(public $app)
    {
    }
}
