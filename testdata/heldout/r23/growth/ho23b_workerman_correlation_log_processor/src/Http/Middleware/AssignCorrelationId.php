<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Logging\CorrelationContext;
use Workerman\Request;
use Workerman\Response;

final class AssignCorrelationId
{
    public function __construct(private readonly CorrelationContext $context)
    {
    }

    /** @param callable(Request): Response $next */
    public function __invoke(Request $request, callable $next): Response
    {
        $correlationId = $this->context->begin($request);
        $response = $next($request);

        return new Response($response->status, [CorrelationContext::HEADER => $correlationId] + $response->headers, $response->body);
    }
}
