<?php

namespace Laravel\Octane\Contracts;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

interface Client
{
    public function nextRequest(int $sequence): Request;

    public function respond(Request $request, JsonResponse $response): void;
}
