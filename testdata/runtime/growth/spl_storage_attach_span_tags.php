<?php
// A tracing singleton attaches every span with its tags to an SplObjectStorage; finishing a span never removes it.

final class Span
{
    public ?float $end = null;

    public function __construct(public readonly string $name, public readonly float $start) {}
}

final class Tracer
{
    private static ?self $instance = null;
    private SplObjectStorage $open;
    private int $exported = 0;

    private function __construct()
    {
        $this->open = new SplObjectStorage();
    }

    public static function get(): self
    {
        return self::$instance ??= new self();
    }

    public function startSpan(string $name, array $tags): Span
    {
        $span = new Span($name, microtime(true));
        $this->open->attach($span, $tags); // leak
        return $span;
    }

    public function finish(Span $span): void
    {
        $span->end = microtime(true);
        $this->exported++;
    }
}

final class ProductController
{
    public function show(int $id): string
    {
        $span = Tracer::get()->startSpan('product.show', [
            'http.route' => '/products/{id}',
            'product.id' => $id,
            'db.statement' => 'SELECT * FROM products WHERE id = ' . $id . ' /* ' . str_repeat('trace ', 110) . '*/',
        ]);
        $html = "<h1>Product {$id}</h1>";
        Tracer::get()->finish($span);
        return $html;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new ProductController();
for ($i = 0; $i < $n; $i++) {
    $controller->show($i);
}
