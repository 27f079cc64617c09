<?php
// The same middleware pops in a finally block: when the controller
// throws a NotFound, the scope goes before the kernel renders the 404.

final class NotFound extends RuntimeException
{
}

final class Hub
{
    /** @var list<array> */
    private array $scopes = [];

    public function pushScope(array $tags): void
    {
        $this->scopes[] = $tags;
    }

    public function popScope(): void
    {
        array_pop($this->scopes);
    }
}

final class ScopeMiddleware
{
    public function __construct(private Hub $hub)
    {
    }

    public function handle(array $request, Closure $next): array
    {
        $this->hub->pushScope(['uri' => $request['uri'], 'agent' => $request['agent']]);
        try {
            return $next($request);
        } finally {
            $this->hub->popScope();
        }
    }
}

final class ProductController
{
    public function show(array $request): array
    {
        if (str_contains($request['uri'], 'old-')) {
            throw new NotFound($request['uri']);
        }

        return ['status' => 200];
    }
}

final class Kernel
{
    public function __construct(private ScopeMiddleware $middleware, private ProductController $products)
    {
    }

    public function handle(array $request): array
    {
        try {
            return $this->middleware->handle($request, fn (array $r): array => $this->products->show($r));
        } catch (NotFound $e) {
            return ['status' => 404];
        }
    }
}

$kernel = new Kernel(new ScopeMiddleware(new Hub()), new ProductController());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(['uri' => '/products/old-' . $i, 'agent' => 'Mozilla/5.0 build/' . str_repeat((string) $i, 60)]);
}
