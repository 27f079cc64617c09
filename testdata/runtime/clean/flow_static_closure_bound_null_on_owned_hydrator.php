<?php
// A repository hands a static closure bound to null in Order's scope to the row mapper it owns, which stores it.

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
        $this->factory = $factory;
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
        $this->mapper->setFactory(Closure::bind(static function (array $row): Order {
            $order = new Order();
            foreach ($row as $column => $value) {
                $order->{$column} = $value;
            }
            return $order;
        }, null, Order::class));
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
