<?php
// A per-request REST controller array_replace()s its action handlers with default handlers (closures over $this) from a helper.

final class ProductController
{
    /** @var array<string, Closure> */
    private array $handlers = [];

    public function __construct(private array $products, private string $etagSeed) {}

    private function defaultHandlers(): array
    {
        return [
            'index' => function (array $query): array { // leak
                return array_slice($this->products, (int) ($query['offset'] ?? 0), 10);
            },
            'show' => function (array $query): array { // leak
                return [$this->products[(int) $query['id']] ?? null, md5($this->etagSeed)];
            },
        ];
    }

    public function register(array $overrides): void
    {
        $this->handlers = array_replace($this->defaultHandlers(), $overrides, $this->handlers); // leak
    }

    public function dispatch(string $action, array $query): array
    {
        return ($this->handlers[$action])($query);
    }
}

function handle(int $i): int
{
    $controller = new ProductController(array_fill(0, 20, 'product'), str_repeat('etag', 150) . $i);
    $controller->register(['export' => static fn (array $q): array => ['csv']]);
    return count($controller->dispatch($i % 2 ? 'index' : 'show', ['id' => $i % 20, 'offset' => 5]));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
