<?php

namespace App\Http\Middleware;

use App\Auth\AbilityMap;
use Closure;
use Illuminate\Http\Request;

class Authorize
{
    public function handle(Request $request, Closure $next, string $ability): mixed
    {
        if (!AbilityMap::allows($request->user()->role, $ability)) {
            return ['status' => 403, 'body' => "This action is unauthorized: {$ability}"];
        }
        return $next($request);
    }
}
