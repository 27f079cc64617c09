<?php

namespace Laravel\Octane;

class RequestContext
{
    public function __construct(public array $data = [])
    {
    }
}
