<?php

declare(strict_types=1);

namespace Transit\Http;

use Swoole\Http\Request;
use Swoole\Http\Response;
use Transit\Matching\MapMatcher;

/** POST /match/preview: snapped head of a trace for the dispatcher's live map. */
final class PreviewHandler
{
    private const PREVIEW_POINTS = 8;

    public function __construct(private readonly MapMatcher $matcher)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $payload = json_decode((string) $request->rawContent(), true);
        if (!is_array($payload) || !is_array($payload['samples'] ?? null)) {
            $response->status(422);
            $response->end('{"error":"samples required"}');

            return;
        }

        $session = $this->matcher->session($payload['samples'], (string) ($request->get['profile'] ?? 'car'));
        $head = [];
        $offRoad = 0;
        foreach ($session->points() as $point) {
            $offRoad += $point->segment === null ? 1 : 0;
            if (count($head) < self::PREVIEW_POINTS) {
                $head[] = $point->toArray();
            }
        }

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode([
            'vehicle' => $payload['vehicle'] ?? null,
            'samples' => $session->sampleCount(),
            'off_road' => $offRoad,
            'points' => $head,
        ], JSON_THROW_ON_ERROR));
    }
}
