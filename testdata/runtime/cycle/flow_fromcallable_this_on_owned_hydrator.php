<?php
// A repository hands Closure::fromCallable([$this, 'hydrate']) to the row mapper it owns, which stores it.

final class Order
{
    private int $id;
    private string $status;
    private string $notes;

    public function id(): int
    {
        return $this->id;
    }
}

final class RowMapper
{
    private ?Closure $factory = null;

    public function setFactory(Closure $factory): void
    {
        $this->factory = $factory; // leak
    }

    public function map(array $rows): array
    {
        return array_map($this->factory, $rows);
    }
}

final class OrderRepository
{
    private RowMapper $mapper;
    private string $select;

    public function __construct(private string $table)
    {
        $this->select = 'SELECT ' . implode(', ', array_map(static fn (int $k): string => "o.col_{$k}", range(1, 60))) . " FROM {$table} o";
        $this->mapper = new RowMapper();
        $this->mapper->setFactory(Closure::fromCallable([$this, 'hydrate'])); // leak
    }

    private function hydrate(array $row): Order
    {
        $order = new Order();
        foreach ($row as $column => $value) {
            (new ReflectionProperty(Order::class, $column))->setValue($order, $value);
        }
        return $order;
    }

    public function findByCustomer(int $customerId): array
    {
        return $this->mapper->map($this->fetch($this->select . ' WHERE o.customer_id = ?', [$customerId]));
    }

    private function fetch(string $sql, array $params): array
    {
        return [['id' => $params[0] * 10, 'status' => 'paid', 'notes' => 'gift wrap, ' . strlen($sql) . ' bytes of sql']];
    }
}

function handle(int $i): int
{
    $repository = new OrderRepository('orders');
    return count($repository->findByCustomer($i));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
