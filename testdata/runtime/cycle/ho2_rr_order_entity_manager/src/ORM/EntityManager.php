<?php

declare(strict_types=1);

namespace Mini\ORM;

interface ConnectionInterface
{
    /**
     * @param list<scalar> $params
     * @return list<array<string, scalar|null>>
     */
    public function fetchAll(string $sql, array $params = []): array;
}

/**
 * Connection stand-in returning canned rows.
 */
final class FakeConnection implements ConnectionInterface
{
    public int $queries = 0;

    public function fetchAll(string $sql, array $params = []): array
    {
        $this->queries++;
        $id = (int) ($params[0] ?? 0);
        if (str_contains($sql, 'FROM orders')) {
            return [['id' => $id, 'number' => sprintf('SO-%07d', $id), 'customer' => "customer-{$id}@example.net", 'notes' => str_repeat('Leave at the back door. ', 6)]];
        }

        return [
            ['id' => $id * 10 + 1, 'order_id' => $id, 'sku' => 'KB-' . ($id % 97), 'qty' => 1, 'description' => str_repeat('Mechanical keyboard, ISO-DE layout. ', 5)],
            ['id' => $id * 10 + 2, 'order_id' => $id, 'sku' => 'MS-' . ($id % 13), 'qty' => 2, 'description' => str_repeat('Wireless mouse, graphite. ', 5)],
        ];
    }
}

/**
 * Long-lived entity manager; its identity map is emptied between requests.
 */
final class EntityManager
{
    /** @var array<class-string, array<int, object>> */
    private array $identityMap = [];

    /** @var array<class-string, \Closure(array<string, mixed>, EntityManager): object> */
    private array $hydrators = [];

    public function __construct(private readonly ConnectionInterface $connection) {}

    /** @param \Closure(array<string, mixed>, EntityManager): object $hydrator */
    public function registerHydrator(string $class, \Closure $hydrator): void
    {
        $this->hydrators[$class] = $hydrator;
    }

    public function connection(): ConnectionInterface
    {
        return $this->connection;
    }

    /**
     * @template T of object
     * @param class-string<T> $class
     * @param array<string, mixed> $row
     * @return T
     */
    public function hydrate(string $class, array $row): object
    {
        $id = (int) $row['id'];

        return $this->identityMap[$class][$id] ??= ($this->hydrators[$class])($row, $this);
    }

    public function contains(string $class, int $id): bool
    {
        return isset($this->identityMap[$class][$id]);
    }

    public function clear(): void
    {
        $this->identityMap = [];
    }
}
