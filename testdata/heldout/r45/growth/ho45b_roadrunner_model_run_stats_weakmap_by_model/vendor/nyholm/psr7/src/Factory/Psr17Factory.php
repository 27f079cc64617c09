<?php

namespace Nyholm\Psr7\Factory;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

class Psr17Factory
{
    public function createServerRequest(string $method, string $uri, array $serverParams = []): ServerRequest
    {
        $query = [];
        parse_str((string) parse_url($uri, PHP_URL_QUERY), $query);
        return (new ServerRequest($method, (string) parse_url($uri, PHP_URL_PATH), $serverParams['headers'] ?? []))
            ->withQueryParams($query);
    }

    public function createResponse(int $code = 200): Response
    {
        return new Response($code);
    }
}
