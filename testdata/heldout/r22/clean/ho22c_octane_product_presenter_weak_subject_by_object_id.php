<?php

declare(strict_types=1);

namespace App\Catalog;

interface ProductView
{
    public function title(): string;

    public function price(): string;

    public function summary(): string;
}

final class Product implements ProductView
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly int $priceCents,
        public readonly string $currency,
        public readonly string $description,
    ) {
    }

    public function title(): string
    {
        return $this->name;
    }

    public function price(): string
    {
        return (string) $this->priceCents;
    }

    public function summary(): string
    {
        return $this->description;
    }
}

final class MoneyFormatter
{
    public function __construct(private readonly array $symbols)
    {
    }

    public function format(int $cents, string $currency): string
    {
        return ($this->symbols[$currency] ?? $currency . ' ') . number_format($cents / 100, 2);
    }
}

/**
 * Decorates a product for templates; kept per product so repeated
 * partials (card, schema.org block, cart line) share one instance.
 */
final class ProductPresenter implements ProductView
{
    private readonly \WeakReference $product;

    public function __construct(
        Product $product,
        private readonly MoneyFormatter $money,
    ) {
        $this->product = \WeakReference::create($product);
    }

    public function wraps(Product $product): bool
    {
        return $this->product->get() === $product;
    }

    public function title(): string
    {
        return ucwords($this->product()->title());
    }

    public function price(): string
    {
        return $this->money->format($this->product()->priceCents, $this->product()->currency);
    }

    public function summary(): string
    {
        $text = $this->product()->summary();

        return \strlen($text) > 120 ? substr($text, 0, 117) . '...' : $text;
    }

    private function product(): Product
    {
        return $this->product->get() ?? throw new \LogicException('Presented product is gone');
    }
}

final class PresenterFactory
{
    /** @var array<int, ProductPresenter> */
    private array $presenters = [];

    public function __construct(private readonly MoneyFormatter $money)
    {
    }

    public function present(Product $product): ProductPresenter
    {
        $key = spl_object_id($product);
        $presenter = $this->presenters[$key] ?? null;
        if ($presenter !== null && $presenter->wraps($product)) {
            return $presenter;
        }

        return $this->presenters[$key] = new ProductPresenter($product, $this->money);
    }
}

final class ProductRepository
{
    public function find(int $id): Product
    {
        return new Product(
            $id,
            'ergonomic chair ' . $id,
            19900 + $id % 500,
            $id % 2 ? 'EUR' : 'USD',
            str_repeat('Breathable mesh back, adjustable lumbar support. ', 10) . "SKU-{$id}",
        );
    }
}

final class ProductPageController
{
    public function __construct(
        private readonly ProductRepository $products,
        private readonly PresenterFactory $presenters,
    ) {
    }

    public function show(int $id): string
    {
        $product = $this->products->find($id);

        return $this->card($product) . $this->schema($product);
    }

    private function card(Product $product): string
    {
        $view = $this->presenters->present($product);

        return sprintf('<div class="card"><h1>%s</h1><p>%s</p><b>%s</b></div>', $view->title(), $view->summary(), $view->price());
    }

    private function schema(Product $product): string
    {
        $view = $this->presenters->present($product);

        return json_encode(['@type' => 'Product', 'name' => $view->title(), 'offers' => ['price' => $view->price()]]);
    }
}

final class Container
{
    private array $instances = [];

    public function singleton(string $id, \Closure $factory): void
    {
        $this->instances[$id] = $factory($this);
    }

    public function get(string $id): object
    {
        return $this->instances[$id];
    }
}

$app = new Container();
$app->singleton(MoneyFormatter::class, fn () => new MoneyFormatter(['EUR' => '€', 'USD' => '$']));
$app->singleton(PresenterFactory::class, fn (Container $c) => new PresenterFactory($c->get(MoneyFormatter::class)));
$app->singleton(ProductPageController::class, fn (Container $c) => new ProductPageController(new ProductRepository(), $c->get(PresenterFactory::class)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = $app->get(ProductPageController::class)->show(500 + $i);
}
