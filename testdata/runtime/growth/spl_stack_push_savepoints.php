<?php
// A pooled DB connection pushes a savepoint per nested transaction onto an SplStack; commit only lowers the level.

final class Savepoint
{
    public function __construct(public readonly string $name, public readonly string $sql) {}
}

final class Connection
{
    private SplStack $savepoints;
    private int $level = 0;
    public array $log = [];

    public function __construct(private string $dsn)
    {
        $this->savepoints = new SplStack();
    }

    public function begin(string $label): void
    {
        $this->level++;
        $name = 'sp_' . $this->level . '_' . $label;
        $this->savepoints->push(new Savepoint($name, "SAVEPOINT {$name} /* " . str_repeat('ctx ', 160) . '*/')); // leak
    }

    public function commit(): void
    {
        $this->level--;
    }

    public function execute(string $sql): int
    {
        return strlen($sql);
    }
}

final class InventoryService
{
    public function __construct(private Connection $db) {}

    public function reserve(int $sku, int $qty): void
    {
        $this->db->begin("reserve{$sku}");
        $this->db->execute("UPDATE stock SET qty = qty - {$qty} WHERE sku = {$sku}");
        $this->db->commit();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$db = new Connection('mysql:host=db;dbname=shop');
$inventory = new InventoryService($db);
for ($i = 0; $i < $n; $i++) {
    $inventory->reserve(5000 + $i, 1 + $i % 3);
}
