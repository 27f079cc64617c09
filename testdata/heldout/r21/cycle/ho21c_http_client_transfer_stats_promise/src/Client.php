<?php

declare(strict_types=1);

namespace App\HttpClient;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }
}

final class Response
{
    public function __construct(
        public readonly int $status,
        public readonly string $body,
    ) {
    }
}

/** Fake curl-multi transport: settles the promise when it is waited on. */
final class CurlMultiHandler
{
    public function __invoke(Request $request): Promise
    {
        return new Promise(static function (Promise $p) use ($request): void {
            $p->resolve(new Response(200, json_encode(['echo' => $request->uri, 'len' => \strlen($request->body)], JSON_THROW_ON_ERROR)));
        });
    }
}

final class HandlerStack
{
    /** @var list<callable(callable): callable> */
    private array $middleware = [];

    public function __construct(private readonly \Closure $handler)
    {
    }

    public function push(callable $middleware): void
    {
        $this->middleware[] = $middleware;
    }

    public function resolve(): callable
    {
        $next = $this->handler;
        foreach (array_reverse($this->middleware) as $mw) {
            $next = $mw($next);
        }

        return $next;
    }
}
