<?php
// A profiler hook collects query logs into an outer array captured by reference.

final class Connection
{
    /** @var Closure[] */
    private array $hooks = [];

    public function onQuery(Closure $hook): void
    {
        $this->hooks[] = $hook;
    }

    public function query(string $sql, array $params): array
    {
        foreach ($this->hooks as $hook) {
            $hook($sql, $params);
        }
        return [];
    }
}

$queries = [];
$db = new Connection();
$db->onQuery(function (string $sql, array $params) use (&$queries): void {
    $queries[] = ['sql' => $sql, 'params' => $params, 'trace' => str_repeat('App\\Repository\\UserRepository::find ', 6)]; // leak
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $db->query('SELECT * FROM users WHERE id = ?', [$i]);
}
