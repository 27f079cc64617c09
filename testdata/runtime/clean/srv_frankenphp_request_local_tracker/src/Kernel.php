<?php

namespace App;

use App\Http\Request;
use App\Http\Response;
use App\Session\SessionTracker;

final class Kernel
{
    public function handle(Request $request, SessionTracker $sessions): Response
    {
        $sessions->touch($request);
        if ($request->method !== 'POST' || !preg_match('#^/api/orders/(\d+)$#', $request->path, $m)) {
            return new Response('{"error":"not found"}', 404);
        }

        return new Response(json_encode([
            'id' => (int) $m[1],
            'customer' => $request->post['customer'] ?? null,
            'status' => 'accepted',
            'activeSessions' => $sessions->activeSessions(),
        ]), 201);
    }

    public function terminate(Request $request, Response $response): void
    {
    }
}
