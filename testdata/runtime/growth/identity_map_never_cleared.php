<?php
// A long-running consumer shares one entity manager; the identity map is never cleared.

final class Customer
{
    public function __construct(public readonly int $id, public string $name, public string $notes) {}
}

final class EntityManager
{
    private array $identityMap = [];

    public function find(string $class, int $id): object
    {
        return $this->identityMap[$class][$id] ??= new Customer($id, "Customer {$id}", str_repeat('VIP; ', 120)); // leak
    }

    public function flush(): void {}

    public function clear(): void
    {
        $this->identityMap = [];
    }
}

final class UpdateCustomerHandler
{
    public function __construct(private EntityManager $em) {}

    public function __invoke(array $message): void
    {
        $customer = $this->em->find(Customer::class, $message['customer_id']);
        $customer->name = $message['name'];
        $this->em->flush();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new UpdateCustomerHandler(new EntityManager());
for ($i = 0; $i < $n; $i++) {
    $handler(['customer_id' => $i, 'name' => "Renamed {$i}"]);
}
