<?php
// A hand-written data mapper keeps a snapshot of every entity it loads,
// keyed by the entity's object id, so save() writes only what changed.
// The snapshot is what the concrete mapper's extract() returns, and that
// includes the entity itself (for its relations): the map keeps every
// entity alive, so no object id is ever freed for reuse, and every
// request adds an entry.

final class Shipment
{
    public function __construct(
        public readonly int $id,
        public string $status,
        public string $location,
        public array $checkpoints,
    ) {
    }
}

abstract class AbstractMapper
{
    /** @var array<int, array<string, mixed>> */
    private array $originalData = [];

    abstract protected function hydrate(int $id): object;

    /** @return array<string, mixed> */
    abstract protected function extract(object $entity): array;

    public function load(int $id): object
    {
        $entity = $this->hydrate($id);
        $this->originalData[$this->snapshotKey($entity)] = $this->extract($entity); // leak

        return $entity;
    }

    public function changed(object $entity): array
    {
        return array_diff_assoc(array_map('strval', array_diff_key($this->extract($entity), ['entity' => 0])), array_map('strval', array_diff_key($this->originalData[$this->snapshotKey($entity)] ?? [], ['entity' => 0])));
    }

    protected function snapshotKey(object $entity): int
    {
        return spl_object_id($entity);
    }
}

final class ShipmentMapper extends AbstractMapper
{
    protected function hydrate(int $id): object
    {
        return new Shipment($id, 'in_transit', 'Hub Leipzig, DE', array_fill(0, 8, str_repeat('scan ', 10) . $id));
    }

    protected function extract(object $entity): array
    {
        return [
            'id' => $entity->id,
            'status' => $entity->status,
            'location' => $entity->location,
            'checkpoints' => json_encode($entity->checkpoints),
            'entity' => $entity,
        ];
    }
}

$mapper = new ShipmentMapper();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $shipment = $mapper->load(70000 + $i);
    $shipment->status = $i % 4 === 0 ? 'delivered' : 'in_transit';
    $changes = $mapper->changed($shipment);
    unset($shipment);
}
