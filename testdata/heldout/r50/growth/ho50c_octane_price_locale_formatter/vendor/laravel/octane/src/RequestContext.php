<?php

namespace Laravel\Octane;

final class RequestContext
{
    public function __construct(public array $data = [])
    {
    }
}
