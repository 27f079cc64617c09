<?php

declare(strict_types=1);

namespace App\Http;

use App\Export\ExportTracker;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

/**
 * GET /exports/{export}/next
 */
final class ExportChunkController
{
    private const CHUNK_LINES = 6;

    public function __construct(private ExportTracker $tracker)
    {
    }

    public function __invoke(ServerRequestInterface $request): Response
    {
        $export = $this->tracker->get((string) $request->getAttribute('export'));
        if ($export === null) {
            return new Response(Response::STATUS_NOT_FOUND);
        }

        $response = new Response(Response::STATUS_OK, ['Content-Type' => 'text/csv; charset=utf-8'], $export->read(self::CHUNK_LINES));
        if (!$export->finished()) {
            $response = $response->withHeader('Link', sprintf('</exports/%s/next>; rel="next"', $export->id));
        }

        return $response;
    }
}
