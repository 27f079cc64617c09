<?php

namespace App\Http\Middleware;

use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class RequireApiToken implements MiddlewareInterface
{
    /** @param array<string, string> $tokens client => token */
    public function __construct(private array $tokens)
    {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $presented = substr($request->getHeaderLine('Authorization'), strlen('Bearer '));
        foreach ($this->tokens as $client => $token) {
            if (hash_equals($token, $presented)) {
                return $handler->handle($request->withAttribute('client', $client));
            }
        }

        return new Response(401, ['WWW-Authenticate' => ['Bearer']]);
    }
}
