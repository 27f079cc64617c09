<?php
// A database connection makes statements with a factory method (return new Statement($this)) and keeps the last one.

final class Statement
{
    /** @var array<string, scalar> */
    private array $bindings = [];

    public function __construct(private Connection $connection, public readonly string $sql) {} // leak

    public function bind(string $name, int|string $value): self
    {
        $this->bindings[$name] = $value;
        return $this;
    }

    public function execute(): int
    {
        return $this->connection->run($this->sql, $this->bindings);
    }
}

final class Connection
{
    private ?Statement $lastStatement = null;
    private int $queries = 0;

    public function __construct(public readonly string $dsn) {}

    public function prepare(string $sql): Statement
    {
        return new Statement($this, $sql);
    }

    public function query(string $sql): Statement
    {
        $this->lastStatement = $this->prepare($sql); // leak
        return $this->lastStatement;
    }

    public function run(string $sql, array $bindings): int
    {
        $this->queries++;
        return strlen($sql) + count($bindings);
    }
}

function loadOrder(int $i): int
{
    $db = new Connection('mysql:host=db;dbname=shop');
    $sql = 'SELECT id, total, status FROM orders WHERE id = :id /* ' . str_repeat('shop.order.load ', 40) . '*/';
    return $db->query($sql)->bind('id', $i)->execute();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    loadOrder($i);
}
