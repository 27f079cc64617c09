<?php

declare(strict_types=1);

namespace Illuminate\Foundation\Http;

use Closure;
use Illuminate\Container\Container;

final class Request
{
    /** @var array<string, mixed> */
    public array $attributes = [];

    public function __construct(public readonly string $method, public readonly string $uri, public readonly array $headers, public readonly string $body = '') {}
}

final class Response
{
    public function __construct(public string $content, public int $status = 200, public array $headers = []) {}
}

final class RequestHandled
{
    public function __construct(public readonly Request $request, public readonly Response $response) {}
}

/** Stand-in HTTP kernel: runs the global middleware, then fires RequestHandled. */
final class Kernel
{
    /** @param list<object> $middleware */
    public function __construct(private array $middleware, private Closure $router) {}

    public function handle(Request $request): Response
    {
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            fn (Closure $next, object $mw) => fn (Request $r) => $mw->handle($r, $next),
            $this->router,
        );
        $response = $pipeline($request);

        Container::getInstance()->make('events')->dispatch(new RequestHandled($request, $response));

        return $response;
    }
}
