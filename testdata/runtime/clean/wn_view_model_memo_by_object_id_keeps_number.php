<?php

declare(strict_types=1);

// A long-lived view-model factory memoises one view model per order,
// keyed by the order's object id. The view model keeps the order's
// number, not the order: the order is freed after its request, the next
// request's order reuses the id, and the memo stays small.

final class Order
{
    public function __construct(public readonly int $id, public readonly array $lines)
    {
    }
}

final class OrderViewModel
{
    private readonly int $orderId;

    public function __construct(Order $order, public readonly string $title)
    {
        $this->orderId = $order->id;
    }

    public function wraps(Order $order): bool
    {
        return $this->orderId === $order->id;
    }
}

final class ViewModelFactory
{
    /** @var array<int, OrderViewModel> */
    private array $models = [];

    public function forOrder(Order $order): OrderViewModel
    {
        $key = spl_object_id($order);
        $model = $this->models[$key] ?? null;
        if ($model !== null && $model->wraps($order)) {
            return $model;
        }

        return $this->models[$key] = new OrderViewModel($order, str_repeat("Order #{$order->id} ", 30));
    }
}

$factory = new ViewModelFactory();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $factory->forOrder(new Order(70000 + $i, [['sku' => 'A-' . $i, 'qty' => 1]]));
}
