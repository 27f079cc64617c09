<?php

namespace App\Middleware;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class CacheHeadersMiddleware implements MiddlewareInterface
{
    public function __construct(private int $maxAge)
    {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $response = $handler->handle($request);
        if ($response->getStatusCode() !== 200) {
            return $response;
        }

        return $response
            ->withHeader('Cache-Control', 'public, max-age=' . $this->maxAge)
            ->withHeader('ETag', '"' . md5($response->getBody()) . '"');
    }
}
