<?php
// Orders and customers reference each other through setters, as an ORM would hydrate them.

class Customer
{
    private int $id;
    private string $name;
    /** @var Order[] */
    private array $orders = [];

    public function setId(int $id): static { $this->id = $id; return $this; }
    public function setName(string $name): static { $this->name = $name; return $this; }
    public function getName(): string { return $this->name; }

    public function addOrder(Order $order): static
    {
        if (!in_array($order, $this->orders, true)) {
            $this->orders[] = $order; // leak
            $order->setCustomer($this);
        }
        return $this;
    }
}

class Order
{
    private ?Customer $customer = null;

    public function __construct(private string $reference, private string $notes) {}

    public function setCustomer(?Customer $customer): static
    {
        $this->customer = $customer; // leak
        $customer?->addOrder($this);
        return $this;
    }

    public function getReference(): string { return $this->reference; }
}

final class OrderHydrator
{
    public function hydrate(array $row): Order
    {
        $customer = (new Customer())->setId($row['customer_id'])->setName($row['customer_name']);
        $order = new Order($row['reference'], $row['notes']);
        $order->setCustomer($customer);
        return $order;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$hydrator = new OrderHydrator();
for ($i = 0; $i < $n; $i++) {
    $order = $hydrator->hydrate([
        'customer_id' => $i,
        'customer_name' => 'Customer ' . $i,
        'reference' => 'SO-' . $i,
        'notes' => str_repeat('Leave at the back door. ', 20),
    ]);
    $order->getReference();
}
$order = null;
