<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Security\NonceGenerator;
use App\Security\PolicyBuilder;
use Closure;
use Illuminate\Container\Container;
use Illuminate\Foundation\Http\Request;
use Illuminate\Foundation\Http\RequestHandled;
use Illuminate\Foundation\Http\Response;

final class AddContentSecurityPolicy
{
    public function __construct(private NonceGenerator $nonces, private PolicyBuilder $policy) {}

    public function handle(Request $request, Closure $next): Response
    {
        $nonce = $this->nonces->generate();
        $request->attributes['csp_nonce'] = $nonce;

        // Attach the header once the response exists, even when a later
        // middleware short-circuits with its own response.
        $events = Container::getInstance()->make('events');
        $events->listen(RequestHandled::class, function (RequestHandled $event) use ($request, $nonce): void { // leak
            if ($event->request === $request) {
                $event->response->headers['Content-Security-Policy'] = $this->policy->build($nonce);
            }
        });

        return $next($request);
    }
}
