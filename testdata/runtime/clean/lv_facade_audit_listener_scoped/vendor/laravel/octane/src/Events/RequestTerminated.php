<?php

namespace Laravel\Octane\Events;

use Laravel\Octane\Contracts\OperationTerminated;

class RequestTerminated implements OperationTerminated
{
    public function __construct(public $app, public $sandbox, public $request, public $response)
    {
    }
}
