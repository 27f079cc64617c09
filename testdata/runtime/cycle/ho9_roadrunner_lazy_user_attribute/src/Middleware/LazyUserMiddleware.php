<?php
namespace App\Middleware;

use App\Security\UserProvider;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class LazyUserMiddleware implements MiddlewareInterface
{
    public function __construct(private UserProvider $users) {}

    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response
    {
        $resolveUser = function () use (&$request) { // leak
            return $this->users->find((int) $request->getHeaderLine('X-User-Id'));
        };
        $request = $request->withAttribute('user', $resolveUser); // leak

        return $handler->handle($request);
    }
}
