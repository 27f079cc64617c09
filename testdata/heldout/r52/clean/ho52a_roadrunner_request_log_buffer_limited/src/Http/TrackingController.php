<?php

namespace App\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class TrackingController
{
    public function __invoke(ServerRequest $request): Response
    {
        preg_match('#/api/shipments/(\d+)/tracking#', $request->getUri(), $m);
        $events = [
            ['at' => '2024-03-01T08:00:00Z', 'status' => 'picked_up'],
            ['at' => '2024-03-01T17:20:00Z', 'status' => 'in_transit'],
        ];

        return new Response(200, ['Content-Type' => 'application/json'], json_encode([
            'shipment' => (int) ($m[1] ?? 0),
            'events' => $events,
        ]));
    }
}
