<?php

namespace App\Http;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Boarding\KennelRoster;
use App\Context\RequestContext;
use App\Context\StayContext;

final class KennelContextMiddleware implements Middleware
{
    public function __construct(private KennelRoster $roster)
    {
    }

    public function handleRequest(Request $request, RequestHandler $requestHandler): Response
    {
        if (!preg_match('#^/stays/(?<stay>BK-\d+)/(?<unit>[A-C]\d)/#', $request->getUri(), $m)) {
            return new Response(404);
        }
        RequestContext::attach($request, new StayContext(
            $request,
            $m['stay'],
            $this->roster->unit($m['unit']),
            $request->getHeader('x-staff') ?? 'unknown',
            microtime(true),
        ));
        return $requestHandler->handleRequest($request);
    }
}
