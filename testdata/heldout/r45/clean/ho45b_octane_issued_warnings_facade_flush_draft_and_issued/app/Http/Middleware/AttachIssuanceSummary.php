<?php

namespace App\Http\Middleware;

use App\Support\Facades\Issued;
use Closure;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class AttachIssuanceSummary
{
    public function handle(Request $request, Closure $next): JsonResponse
    {
        $response = $next($request);

        return $response->header('X-Warnings-Issued', Issued::summary());
    }
}
