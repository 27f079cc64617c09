<?php

namespace Laravel\Octane\Testing\Fakes;

use Illuminate\Http\Request;
use Laravel\Octane\Contracts\Client;
use Laravel\Octane\OctaneResponse;
use Laravel\Octane\RequestContext;

/**
 * Stand-in for the RoadRunner / Swoole client: turns the server's raw request into an Illuminate request.
 */
class FakeClient implements Client
{
    public function marshalRequest(RequestContext $context): array
    {
        $raw = $context->data;
        return [
            Request::create($raw['uri'], $raw['method'] ?? 'GET', $raw['parameters'] ?? [], [], [], $raw['server'] ?? []),
            $context,
        ];
    }

    public function respond(RequestContext $context, OctaneResponse $response): void
    {
        // The stand-in server discards the response body.
    }
}
