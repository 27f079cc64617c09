<?php

namespace Laravel\Octane\Contracts;

use Laravel\Octane\OctaneResponse;
use Laravel\Octane\RequestContext;

interface Client
{
    /**
     * @return array{0: \Illuminate\Http\Request, 1: RequestContext}
     */
    public function marshalRequest(RequestContext $context): array;

    public function respond(RequestContext $context, OctaneResponse $response): void;
}
