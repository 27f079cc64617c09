<?php

namespace Lobby\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use Lobby\Game\LobbyService;

final class JoinLobbyHandler implements RequestHandler
{
    public function __construct(private readonly LobbyService $lobbies)
    {
    }

    public function handleRequest(Request $request): Response
    {
        if (!preg_match('#^/lobbies/([a-z0-9-]+)/join$#', $request->getPath(), $m) || !$this->lobbies->has($m[1])) {
            return new Response(404, [], '{"error":"no such lobby"}');
        }
        return new Response(200, ['content-type' => 'application/json'], json_encode($this->lobbies->join($m[1])));
    }
}
