<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Custody\HandoffContext;
use App\Support\Facades\Custody;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class OpenCustodyScope
{
    public function handle(Request $request, \Closure $next): JsonResponse
    {
        Custody::begin(HandoffContext::fromRequest($request));
        try {
            $response = $next($request);
        } finally {
            $events = Custody::end();
        }

        return new JsonResponse($response->data + ['custody_events' => count($events)], $response->status);
    }
}
