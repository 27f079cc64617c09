<?php
declare(strict_types=1);

// FrankenPHP worker-mode shop front: a global route() helper (as in many
// "micro framework" codebases) memoises generated URLs in a function static.

const ROUTES = [
    'product.show' => '/products/{id}-{slug}',
    'product.reviews' => '/products/{id}/reviews',
    'cart.add' => '/cart/add/{id}',
    'category.show' => '/c/{category}',
];

function frankenphp_handle_request_stub(callable $handler): bool
{
    static $served = 0;
    $served++;
    $handler();
    return true;
}

function route(string $name, array $parameters = [], array $query = []): string
{
    static $generated = [];

    $cacheKey = "{$name}?" . http_build_query($parameters + $query);
    if (isset($generated[$cacheKey])) {
        return $generated[$cacheKey];
    }

    $path = ROUTES[$name] ?? throw new InvalidArgumentException("Route [$name] not defined.");
    foreach ($parameters as $param => $value) {
        $path = str_replace('{' . $param . '}', rawurlencode((string) $value), $path);
    }
    if ($query !== []) {
        $path .= '?' . http_build_query($query);
    }

    return $generated[$cacheKey] = 'https://shop.example.com' . $path; // leak
}

function render_product_page(int $productId, string $slug, string $category): string
{
    $links = [
        route('product.show', ['id' => $productId, 'slug' => $slug]),
        route('cart.add', ['id' => $productId]),
        route('category.show', ['category' => $category]),
    ];
    for ($page = 1; $page <= 4; $page++) {
        $links[] = route('product.reviews', ['id' => $productId], ['page' => $page, 'sort' => 'newest']);
    }

    return '<nav>' . implode('', array_map(static fn (string $href): string => "<a href=\"$href\">link</a>", $links)) . '</nav>';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$categories = ['garden', 'kitchen', 'outdoor', 'tools'];

for ($i = 0; $i < $n; $i++) {
    $_GET = ['id' => (string) (5000 + $i)];
    frankenphp_handle_request_stub(static function () use ($categories, $i): void {
        $id = (int) $_GET['id'];
        $html = render_product_page($id, 'stainless-steel-item-' . $id, $categories[$i % 4]);
        unset($html);
    });
}
$_GET = [];
