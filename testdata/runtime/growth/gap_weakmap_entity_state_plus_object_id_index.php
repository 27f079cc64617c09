<?php
// A long-lived unit of work tracks original entity state in a WeakMap keyed by the per-request entities, but also indexes the entities in a plain array keyed by spl_object_id, which keeps every one alive.

final class Order
{
    public function __construct(public int $id, public string $customer, public array $lines, public string $status = 'new') {}
}

final class UnitOfWork
{
    private WeakMap $originals;
    /** @var array<int, Order> */
    private array $byObjectId = [];

    public function __construct()
    {
        $this->originals = new WeakMap();
    }

    public function manage(Order $order): void
    {
        $this->originals[$order] = ['status' => $order->status, 'lines' => count($order->lines)];
        $this->byObjectId[spl_object_id($order)] = $order; // leak
    }

    public function isDirty(Order $order): bool
    {
        $original = $this->originals[$order] ?? null;
        return $original === null || $original['status'] !== $order->status || $original['lines'] !== count($order->lines);
    }

    public function isManaged(Order $order): bool
    {
        return isset($this->byObjectId[spl_object_id($order)]);
    }
}

function handle_order_update(UnitOfWork $uow, int $i): bool
{
    $order = new Order($i, "customer-{$i}", array_fill(0, 8, ['sku' => "SKU-{$i}", 'qty' => 1, 'title' => str_repeat('Widget ', 6)]));
    $uow->manage($order);
    $order->status = 'paid';
    return $uow->isManaged($order) && $uow->isDirty($order);
}

$uow = new UnitOfWork();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_order_update($uow, $i);
}
