<?php
declare(strict_types=1);

// FrankenPHP worker-mode shop front: a global route() helper keeps the
// compiled form of each named route in a function static; the URL itself is
// assembled per call from the caller's parameters.

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
    static $compiled = [];

    if (!isset($compiled[$name])) {
        $pattern = ROUTES[$name] ?? throw new InvalidArgumentException("Route [$name] not defined.");
        $compiled[$name] = preg_split('/(\{\w+\})/', $pattern, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY);
    }

    $path = '';
    foreach ($compiled[$name] as $token) {
        if ($token[0] === '{') {
            $path .= rawurlencode((string) $parameters[substr($token, 1, -1)]);
        } else {
            $path .= $token;
        }
    }
    if ($query !== []) {
        $path .= '?' . http_build_query($query);
    }

    return 'https://shop.example.com' . $path;
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
