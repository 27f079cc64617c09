<?php
// A long CSV export iterates a Doctrine ORM query through a source iterator that hydrates each row as a managed entity and never detaches it, so the identity map holds every exported row.
// https://github.com/sonata-project/exporter/pull/380

final class Customer
{
    public function __construct(
        public readonly int $id,
        public string $email,
        public string $fullName,
        public string $notes,
    ) {}
}

final class UnitOfWork
{
    private array $identityMap = [];

    public function createEntity(string $class, array $row): object
    {
        if (isset($this->identityMap[$class][$row['id']])) {
            return $this->identityMap[$class][$row['id']];
        }
        $entity = new $class($row['id'], $row['email'], $row['full_name'], $row['notes']);
        $this->identityMap[$class][$row['id']] = $entity; // leak
        return $entity;
    }

    public function detach(object $entity): void
    {
        unset($this->identityMap[$entity::class][$entity->id]);
    }
}

final class EntityManager
{
    private UnitOfWork $unitOfWork;

    public function __construct()
    {
        $this->unitOfWork = new UnitOfWork();
    }

    public function getUnitOfWork(): UnitOfWork
    {
        return $this->unitOfWork;
    }
}

final class Query
{
    public function __construct(private EntityManager $em, private string $class, private int $limit) {}

    public function getEntityManager(): EntityManager
    {
        return $this->em;
    }

    public function toIterable(): Generator
    {
        for ($id = 1; $id <= $this->limit; $id++) {
            $row = ['id' => $id, 'email' => "customer{$id}@shop.example", 'full_name' => "Customer #{$id}", 'notes' => str_repeat("VIP since 2019, prefers invoice #{$id}; ", 14)];
            yield [$this->em->getUnitOfWork()->createEntity($this->class, $row)];
        }
    }
}

final class DoctrineORMQuerySourceIterator implements IteratorAggregate
{
    public function __construct(private Query $query, private array $fields) {}

    public function getIterator(): Generator
    {
        foreach ($this->query->toIterable() as $current) {
            yield $this->current($current);
        }
    }

    private function current(array $current): array
    {
        $data = $this->getCurrentData($current[0]);

        return $data;
    }

    private function getCurrentData(object $entity): array
    {
        $data = [];
        foreach ($this->fields as $label => $property) {
            $data[$label] = (string) $entity->$property;
        }
        return $data;
    }
}

final class CsvWriter
{
    private $handle;
    public int $rows = 0;

    public function open(): void
    {
        $this->handle = fopen('/dev/null', 'w');
    }

    public function write(array $row): void
    {
        fputcsv($this->handle, $row);
        $this->rows++;
    }

    public function close(): void
    {
        fclose($this->handle);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$em = new EntityManager();
$source = new DoctrineORMQuerySourceIterator(new Query($em, Customer::class, $n), ['ID' => 'id', 'Email' => 'email', 'Name' => 'fullName', 'Notes' => 'notes']);
$writer = new CsvWriter();
$writer->open();
foreach ($source as $row) {
    $writer->write($row);
}
$writer->close();
