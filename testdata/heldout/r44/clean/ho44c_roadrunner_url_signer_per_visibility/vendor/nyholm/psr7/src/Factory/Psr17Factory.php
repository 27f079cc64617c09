<?php

namespace Nyholm\Psr7\Factory;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

class Psr17Factory
{
    public function createServerRequest(string $method, string $uri, array $serverParams = []): ServerRequest
    {
        return new ServerRequest($method, $uri, $serverParams);
    }

    public function createResponse(int $code = 200): Response
    {
        return new Response($code);
    }
}
