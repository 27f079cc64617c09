<?php
// Each request collects the entities it touched in its own storage and
// merges them into a long-lived "seen" storage that is never pruned.

final class Entity
{
    public function __construct(public readonly int $id, public readonly string $data) {}
}

final class UnitOfWork
{
    private SplObjectStorage $seen;

    public function __construct()
    {
        $this->seen = new SplObjectStorage();
    }

    public function commit(SplObjectStorage $touched): void
    {
        $this->seen->addAll($touched); // leak
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$uow = new UnitOfWork();
for ($i = 0; $i < $n; $i++) {
    $touched = new SplObjectStorage();
    $touched->attach(new Entity($i, str_repeat('d', 600)));
    $uow->commit($touched);
}
