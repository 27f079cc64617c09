<?php
// A small entity manager shared by a worker tracks persisted entities and their original data keyed by spl_object_id(), flushing after each request.

final class Customer
{
    public ?int $id = null;

    public function __construct(
        public string $email,
        public string $name,
        public string $notes,
    ) {}

    public function toArray(): array
    {
        return ['id' => $this->id, 'email' => $this->email, 'name' => $this->name, 'notes' => $this->notes];
    }
}

final class FakeConnection
{
    private int $lastId = 0;
    public int $statements = 0;

    public function insert(string $table, array $row): int
    {
        $this->statements++;
        return ++$this->lastId;
    }

    public function update(string $table, array $row, array $where): void
    {
        $this->statements++;
    }
}

final class EntityManager
{
    /** @var array<int, object> */
    private array $identityMap = [];
    /** @var array<int, array> */
    private array $originalData = [];
    /** @var array<int, true> */
    private array $scheduled = [];

    public function __construct(private FakeConnection $connection) {}

    public function persist(object $entity): void
    {
        $oid = spl_object_id($entity);
        $this->identityMap[$oid] = $entity; // leak
        $this->originalData[$oid] = $entity->toArray(); // leak
        $this->scheduled[$oid] = true;
    }

    public function flush(): void
    {
        foreach (array_keys($this->scheduled) as $oid) {
            $entity = $this->identityMap[$oid];
            if ($entity->id === null) {
                $entity->id = $this->connection->insert('customer', $entity->toArray());
            } elseif ($entity->toArray() !== $this->originalData[$oid]) {
                $this->connection->update('customer', $entity->toArray(), ['id' => $entity->id]);
            }
            $this->originalData[$oid] = $entity->toArray();
        }
        $this->scheduled = [];
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->originalData = [];
        $this->scheduled = [];
    }
}

final class RegisterCustomerHandler
{
    public function __construct(private EntityManager $em) {}

    public function __invoke(array $payload): int
    {
        $customer = new Customer($payload['email'], $payload['name'], $payload['notes']);
        $this->em->persist($customer);
        $this->em->flush();
        return $customer->id;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$connection = new FakeConnection();
$em = new EntityManager($connection);
$handler = new RegisterCustomerHandler($em);

for ($i = 0; $i < $n; $i++) {
    $payload = [
        'email' => "user{$i}@example.org",
        'name' => 'Customer ' . $i,
        'notes' => str_repeat("signed up via campaign {$i}; ", 8),
    ];
    $handler($payload);
}
