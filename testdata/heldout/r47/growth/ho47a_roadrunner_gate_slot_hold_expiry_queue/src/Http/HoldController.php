<?php

declare(strict_types=1);

namespace Port\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;
use Port\Gate\HoldService;

final class HoldController
{
    public function __construct(private readonly HoldService $holds) {}

    public function __invoke(ServerRequest $request): Response
    {
        $payload = json_decode($request->getBody(), true, 8, JSON_THROW_ON_ERROR);
        $now = (int) $request->getHeaderLine('x-gate-clock');
        $result = $this->holds->place($payload, $now);

        return new Response(201, ['content-type' => 'application/json'], json_encode([
            'plate' => $result['hold']->truckPlate,
            'lane' => $result['hold']->lane,
            'expires_at' => $result['hold']->expiresAt,
            'lane_load' => $result['lane_load'],
            'released' => $result['released'],
        ]));
    }
}
