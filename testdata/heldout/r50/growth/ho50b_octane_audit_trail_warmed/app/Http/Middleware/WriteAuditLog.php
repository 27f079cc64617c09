<?php

namespace App\Http\Middleware;

use App\Support\Facades\Audit;
use Closure;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Log;

final class WriteAuditLog
{
    public function handle(Request $request, Closure $next): Response
    {
        return $next($request);
    }

    public function terminate(Request $request, Response $response): void
    {
        if (Audit::count() === 0) {
            return;
        }
        Log::info('audit', ['channel' => Audit::channel(), 'status' => $response->status, 'entry' => Audit::last()]);
    }
}
