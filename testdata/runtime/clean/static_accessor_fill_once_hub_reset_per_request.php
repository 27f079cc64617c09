<?php
// The same accessor, but the worker drops the hub after each request
// (Sdk::reset()): the next request's first call fills the static with a
// new hub, and the old one goes with its breadcrumbs.

final class Breadcrumb
{
    public function __construct(public string $category, public string $message, public array $data)
    {
    }
}

final class Hub
{
    /** @var list<Breadcrumb> */
    private array $breadcrumbs = [];

    public function addBreadcrumb(Breadcrumb $crumb): void
    {
        $this->breadcrumbs[] = $crumb;
    }
}

final class Sdk
{
    private static ?Hub $hub = null;

    public static function init(): Hub
    {
        return self::$hub = new Hub();
    }

    public static function hub(): Hub
    {
        return self::$hub ??= self::init();
    }

    public static function reset(): void
    {
        self::$hub = null;
    }
}

final class CheckoutController
{
    public function submit(array $request): array
    {
        Sdk::hub()->addBreadcrumb(new Breadcrumb('checkout', 'submit ' . $request['cart'], $request));

        return ['status' => 201];
    }
}

Sdk::init();
$controller = new CheckoutController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->submit(['cart' => 'cart-' . $i, 'items' => str_repeat('sku;', 80), 'user' => 1000 + $i]);
    Sdk::reset();
}
