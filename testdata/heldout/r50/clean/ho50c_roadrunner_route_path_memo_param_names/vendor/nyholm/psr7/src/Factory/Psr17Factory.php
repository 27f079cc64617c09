<?php

namespace Nyholm\Psr7\Factory;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class Psr17Factory
{
    public function createServerRequest(string $method, string $uri, array $headers = [], string $body = ''): ServerRequest
    {
        return new ServerRequest($method, $uri, $headers, $body);
    }

    public function createResponse(int $code = 200, string $body = '', array $headers = []): Response
    {
        return new Response($code, $headers, $body);
    }
}
