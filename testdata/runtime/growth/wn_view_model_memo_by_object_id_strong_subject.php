<?php

declare(strict_types=1);

// A long-lived view-model factory memoises one view model per order,
// keyed by the order's object id. The view model keeps the order itself:
// no order is ever freed, no id is reused, and the memo keeps one view
// model (and its order) per request.

final class Order
{
    public function __construct(public readonly int $id, public readonly array $lines)
    {
    }
}

final class OrderViewModel
{
    public function __construct(private readonly Order $order, public readonly string $title)
    {
    }

    public function wraps(Order $order): bool
    {
        return $this->order === $order;
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

        return $this->models[$key] = new OrderViewModel($order, str_repeat("Order #{$order->id} ", 30)); // leak
    }
}

$factory = new ViewModelFactory();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $factory->forOrder(new Order(70000 + $i, [['sku' => 'A-' . $i, 'qty' => 1]]));
}
