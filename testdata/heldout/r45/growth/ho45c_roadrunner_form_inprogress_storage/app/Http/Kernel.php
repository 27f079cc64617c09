<?php

declare(strict_types=1);

namespace App\Http;

use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class Kernel
{
    /** @var array<string, callable(ServerRequestInterface): ResponseInterface> */
    private array $routes;

    public function __construct(SubmitFormHandler $submit, private ResponseFactoryInterface $responses)
    {
        $this->routes = [
            'POST #^/forms/(?P<form>[a-z-]+)/submissions$#' => $submit,
        ];
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        foreach ($this->routes as $route => $handler) {
            [$method, $pattern] = explode(' ', $route, 2);
            if ($method === $request->getMethod() && preg_match($pattern, $request->getRequestTarget(), $m)) {
                foreach ($m as $key => $value) {
                    if (is_string($key)) {
                        $request = $request->withAttribute($key, $value);
                    }
                }

                return $handler($request);
            }
        }

        return $this->responses->createResponse(404);
    }
}
