<?php
// A long-lived lease table hands out a lease per lookup and takes it back
// once the lookup is done. The lookup throws NotFound for a missing
// record before it gives the lease back; the controller turns that into
// a 404 and the worker goes on, with the lease of every failed lookup
// left in the table.

final class NotFound extends RuntimeException
{
}

final class Lease
{
    public function __construct(public readonly string $owner, public readonly string $note)
    {
    }
}

final class LeaseTable
{
    private SplObjectStorage $active;

    public function __construct()
    {
        $this->active = new SplObjectStorage();
    }

    public function take(string $owner): Lease
    {
        $lease = new Lease($owner, str_repeat('lease ', 200));
        $this->active->attach($lease); // leak
        return $lease;
    }

    public function giveBack(Lease $lease): void
    {
        $this->active->detach($lease);
    }
}

final class RecordFinder
{
    public function __construct(private LeaseTable $leases)
    {
    }

    public function find(int $id): array
    {
        $lease = $this->leases->take("finder-{$id}");
        $row = $id % 2 === 0 ? ['id' => $id, 'name' => "record {$id}"] : null;
        if ($row === null) {
            throw new NotFound("record {$id} not found");
        }
        $this->leases->giveBack($lease);
        return $row;
    }
}

final class RecordController
{
    public function __construct(private RecordFinder $finder)
    {
    }

    public function show(int $id): int
    {
        try {
            $this->finder->find($id);
            return 200;
        } catch (NotFound) {
            return 404;
        }
    }
}

$controller = new RecordController(new RecordFinder(new LeaseTable()));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show($i);
}
