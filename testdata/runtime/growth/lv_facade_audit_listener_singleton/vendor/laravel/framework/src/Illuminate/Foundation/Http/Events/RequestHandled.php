<?php

namespace Illuminate\Foundation\Http\Events;

class RequestHandled
{
    public function __construct(public $request, public $response)
    {
    }
}
