<?php
// Controllers report timings through Metrics::instance(); the process-wide instance appends every sample.

final class Metrics
{
    private static ?Metrics $instance = null;
    /** @var list<array> */
    private array $samples = [];

    private function __construct(private string $prefix) {}

    public static function instance(): self
    {
        return self::$instance ??= new self('shop.web.');
    }

    public function record(string $name, float $ms, array $labels = []): void
    {
        $this->samples[] = ['name' => $this->prefix . $name, 'ms' => $ms, 'labels' => $labels]; // leak
    }

    public function flush(): array
    {
        [$samples, $this->samples] = [$this->samples, []];
        return $samples;
    }
}

final class ProductController
{
    public function show(int $id): string
    {
        $start = hrtime(true);
        $html = "<h1>Product {$id}</h1>";
        Metrics::instance()->record('product.show', (hrtime(true) - $start) / 1e6, [
            'route' => "/products/{$id}",
            'agent' => 'Mozilla/5.0 ' . str_repeat('(X11; Linux x86_64) ', 20),
        ]);
        return $html;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    (new ProductController())->show($i);
}
