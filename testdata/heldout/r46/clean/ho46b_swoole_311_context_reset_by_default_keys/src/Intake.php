<?php

namespace Civic311;

use Swoole\Http\Request;
use Swoole\Http\Response;

final class ContextMiddleware
{
    public function __construct(private readonly \Closure $next)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $ctx = &context();
        $ctx['request_id'] = $request->header['x-request-id'] ?? sprintf('req-%d', $request->fd);
        $ctx['channel'] = $request->header['x-channel'] ?? 'web';
        $ctx['locale'] = substr($request->header['accept-language'] ?? 'en', 0, 2);
        unset($ctx);

        try {
            ($this->next)($request, $response);
        } finally {
            context_reset();
        }
    }
}

final class ServiceRequestIntake
{
    private int $sequence = 0;

    public function __construct(private readonly Geocoder $geocoder)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $input = $request->post ?? [];
        $address = (string) ($input['address'] ?? '');
        $place = geocode($this->geocoder, $address);

        $ctx = &context();
        $ctx['citizen'] = $input['phone'] ?? null;
        $ctx['trace'][] = 'geocoded ward ' . $place->ward;

        $number = sprintf('311-%s-%06d', date('y'), ++$this->sequence);
        $ward = geocode($this->geocoder, $address)->ward; // duplicate detector path

        $response->header('Content-Type', 'application/json');
        $response->status(201);
        $response->end(json_encode(['number' => $number, 'ward' => $ward, 'category' => $input['category'] ?? 'other']));
    }
}
