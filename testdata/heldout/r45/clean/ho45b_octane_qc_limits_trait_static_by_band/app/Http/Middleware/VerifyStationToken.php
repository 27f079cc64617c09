<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class VerifyStationToken
{
    public function handle(Request $request, Closure $next): JsonResponse
    {
        $station = (string) $request->route('station', basename(dirname($request->path())));
        if ($request->header('x-station-token') !== hash('crc32b', $station)) {
            return new JsonResponse(['message' => 'invalid station token'], 401);
        }
        return $next($request);
    }
}
