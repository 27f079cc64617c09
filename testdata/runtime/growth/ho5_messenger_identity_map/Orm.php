<?php

final class Invoice
{
    public array $lines = [];
    public ?string $paidAt = null;

    public function __construct(public int $id, public string $number, public string $customerEmail, public string $billingAddress) {}
}

final class FakeConnection
{
    public function fetchRow(string $table, int $id): array
    {
        return [
            'id' => $id,
            'number' => sprintf('INV-2024-%07d', $id),
            'customer_email' => "billing+{$id}@customer.example",
            'billing_address' => "Unit {$id}, Industrial Estate, Long Lane, Manchester M1 1AA, United Kingdom",
            'lines' => [['sku' => 'HOSTING-M', 'amount' => 2900], ['sku' => 'SUPPORT', 'amount' => 990], ['sku' => 'BACKUP', 'amount' => 450]],
        ];
    }
}

final class EntityManager
{
    /** @var array<class-string, array<int, object>> */
    private array $identityMap = [];
    private array $scheduledUpdates = [];

    public function __construct(private FakeConnection $connection) {}

    public function find(string $class, int $id): object
    {
        if (isset($this->identityMap[$class][$id])) {
            return $this->identityMap[$class][$id];
        }
        $row = $this->connection->fetchRow(strtolower($class), $id);
        $entity = new Invoice($row['id'], $row['number'], $row['customer_email'], $row['billing_address']);
        $entity->lines = $row['lines'];
        $this->identityMap[$class][$id] = $entity; // leak
        return $entity;
    }

    public function persist(object $entity): void
    {
        $this->scheduledUpdates[spl_object_id($entity)] = $entity;
    }

    public function flush(): void
    {
        $this->scheduledUpdates = [];
    }
}
