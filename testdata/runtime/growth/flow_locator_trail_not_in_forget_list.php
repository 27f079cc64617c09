<?php

declare(strict_types=1);

// A legacy static service locator, and a listener that drops the services
// the worker's configuration lists after every request, so the next
// request gets fresh ones. The request trail is not in the list: the one
// instance keeps every crumb of every request.

final class CheckoutController
{
    public function __invoke(array $input, string $session): int
    {
        $trail = Locator::get('trail');
        $trail->record('checkout', sprintf('session %s with %d items', $session, count($input['items'])));

        $cart = Locator::get('cart');
        $cart->items = $input['items'];

        return 303;
    }
}

final class Crumb
{
    public function __construct(
        public readonly string $category,
        public readonly string $message,
        public readonly float $at,
    ) {
    }
}

final class RequestTrail
{
    /** @var list<Crumb> */
    private array $crumbs = [];

    public function record(string $category, string $message): void
    {
        $this->crumbs[] = new Crumb($category, str_repeat($message, 8), microtime(true)); // leak
    }
}

final class Cart
{
    public array $items = [];
}

final class Locator
{
    /** @var array<string, \Closure(): object> */
    private static array $factories = [];

    /** @var array<string, object> */
    private static array $instances = [];

    public static function define(string $id, \Closure $factory): void
    {
        self::$factories[$id] = $factory;
        unset(self::$instances[$id]);
    }

    public static function get(string $id): object
    {
        if (!isset(self::$instances[$id])) {
            self::$instances[$id] = (self::$factories[$id])();
        }

        return self::$instances[$id];
    }

    public static function forget(string $id): void
    {
        unset(self::$instances[$id]);
    }
}

final class ForgetRequestServices
{
    /** @param list<string> $ids */
    public function __construct(private readonly array $ids)
    {
    }

    public function afterRequest(): void
    {
        foreach ($this->ids as $id) {
            Locator::forget($id);
        }
    }
}

Locator::define('trail', static fn (): RequestTrail => new RequestTrail());
Locator::define('cart', static fn (): Cart => new Cart());

$config = ['forget_after_request' => ['cart', 'session', 'auth.user']];
$forget = new ForgetRequestServices($config['forget_after_request']);
$controller = new CheckoutController();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller(['items' => [['sku' => 'SKU-' . ($i % 30), 'qty' => 1 + $i % 3]]], hash('sha256', "session-$i"));
    $forget->afterRequest();
}
