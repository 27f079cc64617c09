<?php

namespace App\Http;

use Swoole\Http\Request;
use Swoole\Http\Response;

final class Router
{
    public function __construct(private MoveAlbumHandler $moveAlbum)
    {
    }

    public function dispatch(Request $request, Response $response): void
    {
        $method = $request->server['request_method'] ?? 'GET';
        $uri = $request->server['request_uri'] ?? '/';

        if ($method === 'POST' && preg_match('#^/albums/(alb_[a-z0-9]{12})/move$#', $uri, $m)) {
            ($this->moveAlbum)($request, $response, $m[1]);

            return;
        }

        $response->status(404);
        $response->end();
    }
}
