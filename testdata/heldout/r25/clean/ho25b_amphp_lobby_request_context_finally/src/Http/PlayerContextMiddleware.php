<?php

namespace Lobby\Http;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use Lobby\Context\PlayerContext;
use Lobby\Game\LobbyFullException;

final class PlayerContextMiddleware implements Middleware
{
    private const FORWARDED = ['x-request-id', 'x-player-id', 'x-player-name', 'x-party-size', 'x-region', 'user-agent', 'x-client-build', 'x-entitlements'];

    public function handleRequest(Request $request, RequestHandler $requestHandler): Response
    {
        PlayerContext::enter($this->contextFrom($request));
        try {
            return $requestHandler->handleRequest($request);
        } catch (LobbyFullException $e) {
            return new Response(409, ['content-type' => 'application/json'], json_encode(['error' => 'lobby_full', 'detail' => $e->getMessage()]));
        } finally {
            PlayerContext::leave();
        }
    }

    private function contextFrom(Request $request): PlayerContext
    {
        $headers = array_intersect_key($request->getHeaders(), array_flip(self::FORWARDED));
        return new PlayerContext(
            request: $request,
            requestId: $request->getHeader('x-request-id') ?? bin2hex(random_bytes(8)),
            playerId: (string) $request->getHeader('x-player-id'),
            displayName: (string) $request->getHeader('x-player-name'),
            partySize: max(1, (int) $request->getHeader('x-party-size')),
            region: $request->getHeader('x-region') ?? 'eu',
            headers: $headers,
            entitlements: array_filter(explode(',', (string) $request->getHeader('x-entitlements'))),
            startedAt: microtime(true),
        );
    }
}
