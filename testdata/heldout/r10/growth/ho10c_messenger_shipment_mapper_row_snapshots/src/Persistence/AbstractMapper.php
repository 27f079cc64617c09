<?php

declare(strict_types=1);

namespace Logistics\Persistence;

/**
 * Hand-rolled data mapper: rows are hydrated into plain entities and a
 * snapshot of the loaded state is kept so save() only writes changed columns.
 */
abstract class AbstractMapper
{
    /** @var array<string, array> */
    private array $originalData = [];

    public function __construct(protected FakePdo $pdo)
    {
    }

    abstract protected function table(): string;

    abstract protected function hydrate(array $row): object;

    abstract protected function extract(object $entity): array;

    public function load(int $id): object
    {
        $row = $this->pdo->fetchRow($this->table(), $id);
        $entity = $this->hydrate($row);
        $this->originalData[$this->snapshotKey($entity)] = $this->extract($entity); // leak
        return $entity;
    }

    public function save(object $entity): int
    {
        $current = $this->extract($entity);
        $original = $this->originalData[$this->snapshotKey($entity)] ?? [];
        $changes = [];
        foreach ($current as $column => $value) {
            if (!array_key_exists($column, $original) || $original[$column] !== $value) {
                $changes[$column] = $value;
            }
        }
        if ($changes !== []) {
            $this->pdo->update($this->table(), $current['id'], $changes);
            $this->originalData[$this->snapshotKey($entity)] = $current;
        }
        return count($changes);
    }

    protected function snapshotKey(object $entity): string
    {
        return $entity::class . '#' . $entity->id;
    }
}

final class FakePdo
{
    public int $writes = 0;

    public function fetchRow(string $table, int $id): array
    {
        return [
            'id' => $id,
            'tracking_number' => sprintf('1Z%06dX%08d', $id % 999983, $id),
            'status' => 'in_transit',
            'last_location' => 'Hub Leipzig, DE',
            'checkpoints' => json_encode([
                ['status' => 'label_created', 'location' => 'Warehouse Brno, CZ', 'at' => '2024-03-01T08:00:00Z'],
                ['status' => 'in_transit', 'location' => 'Hub Leipzig, DE', 'at' => '2024-03-02T17:45:00Z'],
            ]),
            'delivered_at' => null,
        ];
    }

    public function update(string $table, int $id, array $changes): void
    {
        $this->writes++;
    }
}
