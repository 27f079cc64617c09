<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class TrackingController
{
    public function __invoke(Request $request): Response
    {
        $tracking = $request->attributes['tracking'];
        $carrier = strtolower(substr($tracking, 0, 3));
        $body = json_encode(['tracking' => $tracking, 'carrier' => $carrier, 'status' => 'in_transit']);
        return new Response($body, 200, ['Content-Type' => 'application/json']);
    }
}
