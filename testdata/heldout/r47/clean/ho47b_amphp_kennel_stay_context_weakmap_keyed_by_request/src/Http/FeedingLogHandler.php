<?php

namespace App\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Context\RequestContext;

final class FeedingLogHandler implements RequestHandler
{
    private int $entries = 0;

    public function handleRequest(Request $request): Response
    {
        $stay = RequestContext::stayOf($request);
        $entry = json_decode($request->getBody(), true, 8, JSON_THROW_ON_ERROR);
        $this->entries++;
        $audit = $stay->auditLine(sprintf('fed %dg %s, ate %d%%', $entry['grams'], $entry['food'], $entry['eaten_pct']));
        return new Response(201, ['content-type' => 'application/json'], json_encode(['logged' => $audit]));
    }
}
