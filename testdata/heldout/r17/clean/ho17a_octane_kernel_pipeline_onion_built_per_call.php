<?php

declare(strict_types=1);

namespace App\Http;

final class Request
{
    /** @var array<string, mixed> */
    public array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly string $content,
    ) {
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body, public array $headers = [])
    {
    }
}

interface Middleware
{
    public function handle(Request $request, \Closure $next): Response;
}

final class TrimStrings implements Middleware
{
    public function handle(Request $request, \Closure $next): Response
    {
        $request->attributes['content'] = trim($request->content);

        return $next($request);
    }
}

final class ResolveLocale implements Middleware
{
    public function handle(Request $request, \Closure $next): Response
    {
        $request->attributes['locale'] = substr($request->headers['Accept-Language'] ?? 'en', 0, 2);

        return $next($request);
    }
}

final class AddRequestId implements Middleware
{
    public function handle(Request $request, \Closure $next): Response
    {
        $response = $next($request);
        $response->headers['X-Request-Id'] = $request->headers['X-Request-Id'] ?? 'n/a';

        return $response;
    }
}

final class Pipeline
{
    private Request $passable;

    /** @var list<class-string<Middleware>> */
    private array $pipes = [];

    /** @param array<class-string<Middleware>, Middleware> $resolved */
    public function __construct(private readonly array $resolved)
    {
    }

    public function send(Request $passable): self
    {
        $this->passable = $passable;

        return $this;
    }

    /** @param list<class-string<Middleware>> $pipes */
    public function through(array $pipes): self
    {
        $this->pipes = $pipes;

        return $this;
    }

    public function then(\Closure $destination): Response
    {
        $stack = array_reduce(
            array_reverse($this->pipes),
            $this->carry(),
            $this->prepareDestination($destination),
        );

        return $stack($this->passable);
    }

    private function prepareDestination(\Closure $destination): \Closure
    {
        return static fn (Request $request): Response => $destination($request);
    }

    private function carry(): \Closure
    {
        return function (\Closure $stack, string $pipe): \Closure {
            return function (Request $passable) use ($stack, $pipe): Response {
                $middleware = $this->resolved[$pipe] ?? throw new \RuntimeException("Unknown middleware {$pipe}");

                return $middleware->handle($passable, $stack);
            };
        };
    }
}

final class Kernel
{
    /** @var list<class-string<Middleware>> */
    private array $middleware = [TrimStrings::class, ResolveLocale::class, AddRequestId::class];

    /** @var array<class-string<Middleware>, Middleware> */
    private array $instances;

    public function __construct()
    {
        $this->instances = array_combine($this->middleware, array_map(static fn (string $c): Middleware => new $c(), $this->middleware));
    }

    public function handle(Request $request): Response
    {
        return (new Pipeline($this->instances))
            ->send($request)
            ->through($this->middleware)
            ->then(fn (Request $request): Response => $this->dispatchToRouter($request));
    }

    private function dispatchToRouter(Request $request): Response
    {
        $locale = $request->attributes['locale'] ?? 'en';

        return new Response(200, sprintf('{"path":"%s","locale":"%s","bytes":%d}', $request->path, $locale, \strlen($request->attributes['content'] ?? '')));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel();

for ($i = 0; $i < $n; $i++) {
    $response = $kernel->handle(new Request(
        method: 'POST',
        path: "/api/notes/{$i}",
        headers: ['Accept-Language' => 'de-DE,de;q=0.9', 'X-Request-Id' => "rq-{$i}"],
        content: '  ' . str_repeat("note body line {$i}\n", 20) . '  ',
    ));
}
unset($response);
