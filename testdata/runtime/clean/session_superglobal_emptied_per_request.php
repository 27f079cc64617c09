<?php
// A worker loop that feeds legacy code its superglobals: it sets $_GET and
// $_SERVER for every request and starts each one with an empty $_SESSION,
// where the cart code files each product under its id.

final class Cart
{
    public static function add(int $productId, string $title): void
    {
        $_SESSION['cart'][$productId] = [
            'title' => $title,
            'added' => $_SERVER['REQUEST_TIME'] ?? 0,
            'note' => str_repeat('n', 300),
        ];
    }
}

final class CartController
{
    public function add(): void
    {
        $id = (int) ($_GET['product'] ?? 0);
        Cart::add($id, "product {$id}");
    }
}

final class GlobalsBridge
{
    public function populate(array $query, int $time): void
    {
        $_GET = $query;
        $_SERVER['REQUEST_TIME'] = $time;
        $_SESSION = [];
    }
}

$bridge = new GlobalsBridge();
$controller = new CartController();
$_SESSION = [];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bridge->populate(['product' => (string) (5000 + $i)], 1_700_000_000 + $i);
    $controller->add();
}
