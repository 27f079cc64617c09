<?php
// A queue consumer's change tracker keeps each loaded entity's original field values in an array keyed by spl_object_id.

final class Customer
{
    public function __construct(public int $id, public string $email, public string $address, public string $notes) {}
}

final class ChangeTracker
{
    private array $originals = [];

    public function watch(object $entity): void
    {
        $this->originals[spl_object_id($entity)] = ['entity' => $entity, 'data' => get_object_vars($entity)]; // leak
    }

    public function changes(object $entity): array
    {
        $original = $this->originals[spl_object_id($entity)]['data'] ?? [];
        return array_diff_assoc(get_object_vars($entity), $original);
    }
}

final class CustomerRepository
{
    public function __construct(private ChangeTracker $tracker) {}

    public function find(int $id): Customer
    {
        $customer = new Customer($id, "c{$id}@example.org", str_repeat("Main Street {$id}, ", 8), str_repeat('VIP. ', 40));
        $this->tracker->watch($customer);
        return $customer;
    }
}

function next_message(int $i): array
{
    return ['customer' => 100 + $i, 'email' => "new{$i}@example.org"];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tracker = new ChangeTracker();
$repository = new CustomerRepository($tracker);
$i = 0;
while ($i < $n) {
    $message = next_message($i++);
    $customer = $repository->find($message['customer']);
    $customer->email = $message['email'];
    $diff = $tracker->changes($customer);
}
