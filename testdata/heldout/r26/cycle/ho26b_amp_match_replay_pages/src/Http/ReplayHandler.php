<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Replay\MatchEventStore;
use App\Replay\MatchReplay;

final class ReplayHandler implements RequestHandler
{
    private const PAGE_SIZE = 6;

    public function __construct(private readonly MatchEventStore $store)
    {
    }

    public function handleRequest(Request $request): Response
    {
        $matchId = $request->getAttribute('args')['match'];
        $locale = \str_starts_with((string) $request->getHeader('accept-language'), 'pt') ? 'pt' : 'en';
        $replay = new MatchReplay(
            $matchId,
            $this->store->timeline($matchId),
            $locale,
            (string) $request->getHeader('x-viewer-id'),
        );

        $frames = $replay->page((int) ($request->getQueryParameter('since') ?? 0), self::PAGE_SIZE);

        return new Response(200, ['content-type' => 'application/json'], \json_encode(['match' => $matchId, 'frames' => $frames]));
    }
}
