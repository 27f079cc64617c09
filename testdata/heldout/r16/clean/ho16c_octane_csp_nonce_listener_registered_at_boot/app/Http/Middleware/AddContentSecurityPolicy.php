<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Security\NonceGenerator;
use App\Security\PolicyBuilder;
use Closure;
use Illuminate\Foundation\Http\Request;
use Illuminate\Foundation\Http\RequestHandled;
use Illuminate\Foundation\Http\Response;

final class AddContentSecurityPolicy
{
    public function __construct(private NonceGenerator $nonces, private PolicyBuilder $policy) {}

    public function onRequestHandled(RequestHandled $event): void
    {
        $nonce = $event->request->attributes['csp_nonce'] ?? null;
        if ($nonce !== null) {
            $event->response->headers['Content-Security-Policy'] = $this->policy->build($nonce);
        }
    }

    public function handle(Request $request, Closure $next): Response
    {
        $nonce = $this->nonces->generate();
        $request->attributes['csp_nonce'] = $nonce;

        // SecurityServiceProvider::boot() registered onRequestHandled() once per worker.
        return $next($request);
    }
}
