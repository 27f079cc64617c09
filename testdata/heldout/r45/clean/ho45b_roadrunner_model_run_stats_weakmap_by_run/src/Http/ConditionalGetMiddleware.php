<?php

namespace Nwp\Api\Http;

use Closure;
use Nwp\Api\Model\ModelRun;
use Nwp\Api\Services;
use Nwp\Api\Stats\FieldStatistics;
use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

/** Answers 304 when the client already holds the summary of this run. */
final class ConditionalGetMiddleware implements Middleware
{
    public function process(ServerRequestInterface $request, Closure $next): ResponseInterface
    {
        $run = $request->getAttribute(ModelRun::class);
        $summary = Services::get(FieldStatistics::class)->summarize($run, $request->getAttribute('param'));

        if ($request->getHeaderLine('if-none-match') === $summary->etag) {
            return new Response(304);
        }
        return $next($request)->withHeader('etag', $summary->etag);
    }
}
