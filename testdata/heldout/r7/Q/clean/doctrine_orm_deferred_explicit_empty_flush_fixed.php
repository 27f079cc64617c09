<?php
// A chunked ad-group sync worker persists DEFERRED_EXPLICIT entities, flushes and detaches them; an empty flush now also runs the post-commit cleanup that clears the synchronization schedule.
// https://github.com/doctrine/orm/pull/7630

final class AdGroup
{
    public function __construct(
        public readonly int $id,
        public string $name,
        public string $targeting,
        public int $bidCents,
    ) {}
}

final class UnitOfWork
{
    public const STATE_MANAGED = 1;

    private array $identityMap = [];
    private array $entityStates = [];
    private array $originalEntityData = [];
    private array $scheduledForSynchronization = [];
    private array $entityUpdates = [];
    public int $commits = 0;

    public function registerManaged(object $entity, array $data): void
    {
        $oid = spl_object_id($entity);
        $this->identityMap[$entity::class][$data['id']] = $entity;
        $this->entityStates[$oid] = self::STATE_MANAGED;
        $this->originalEntityData[$oid] = $data;
    }

    public function persist(object $entity): void
    {
        $oid = spl_object_id($entity);
        if (($this->entityStates[$oid] ?? null) === self::STATE_MANAGED) {
            // DEFERRED_EXPLICIT: only explicitly persisted entities are dirty-checked
            $this->scheduledForSynchronization[$entity::class][$oid] = $entity;
        }
    }

    public function commit(): void
    {
        foreach ($this->scheduledForSynchronization as $entities) {
            foreach ($entities as $oid => $entity) {
                if (($this->entityStates[$oid] ?? null) !== self::STATE_MANAGED) {
                    continue; // detached since it was scheduled
                }
                $original = $this->originalEntityData[$oid];
                if ($original['name'] !== $entity->name || $original['bid_cents'] !== $entity->bidCents) {
                    $this->entityUpdates[$oid] = $entity;
                }
            }
        }

        if ($this->entityUpdates === []) {
            // nothing to do: dispatch onFlush/postFlush and return early
            $this->postCommitCleanup();
            return;
        }

        $this->commits++;
        $this->postCommitCleanup();
    }

    public function detach(object $entity): void
    {
        $oid = spl_object_id($entity);
        unset($this->identityMap[$entity::class][$entity->id], $this->entityStates[$oid], $this->originalEntityData[$oid], $this->entityUpdates[$oid]);
    }

    private function postCommitCleanup(): void
    {
        $this->entityUpdates = [];
        $this->scheduledForSynchronization = [];
    }
}

final class EntityManager
{
    private UnitOfWork $unitOfWork;

    public function __construct(private array $rows)
    {
        $this->unitOfWork = new UnitOfWork();
    }

    public function find(string $class, int $id): AdGroup
    {
        $row = $this->rows[$id % count($this->rows)];
        $row['id'] = $id;
        $row['targeting'] .= " campaign={$id}";
        $entity = new AdGroup($id, $row['name'], $row['targeting'], $row['bid_cents']);
        $this->unitOfWork->registerManaged($entity, $row);
        return $entity;
    }

    public function persist(object $entity): void { $this->unitOfWork->persist($entity); }
    public function flush(): void { $this->unitOfWork->commit(); }
    public function detach(object $entity): void { $this->unitOfWork->detach($entity); }
}

$rows = [];
for ($r = 0; $r < 4; $r++) {
    $rows[] = ['name' => "Group $r", 'targeting' => str_repeat("geo=FR,DE;age=25-54;device=mobile;interest=$r;", 16), 'bid_cents' => 120 + $r];
}
$em = new EntityManager($rows);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $group = $em->find(AdGroup::class, 70000 + $i);
    // the eligibility check rarely changes anything, so most flushes are empty
    $em->persist($group);
    $em->flush();
    $em->detach($group);
}
