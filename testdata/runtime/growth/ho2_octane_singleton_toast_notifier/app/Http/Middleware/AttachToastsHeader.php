<?php

namespace App\Http\Middleware;

use App\Support\Toast;
use App\Support\ToastNotifier;
use Closure;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

/**
 * Sends pending toasts to the SPA through a response header.
 */
class AttachToastsHeader
{
    public function __construct(private ToastNotifier $toasts)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $response = $next($request);

        $pending = array_map(static fn (Toast $t): array => $t->toArray(), $this->toasts->unread());
        if ($pending) {
            $response->header('X-Toasts', base64_encode(json_encode($pending)));
        }

        return $response;
    }
}
