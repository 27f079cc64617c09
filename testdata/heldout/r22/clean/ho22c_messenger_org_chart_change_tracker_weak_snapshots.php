<?php

declare(strict_types=1);

namespace Hr\Persistence;

final class Employee
{
    public function __construct(
        public readonly int $id,
        public string $name,
        public string $title,
        public ?Employee $manager = null,
        public array $skills = [],
    ) {
    }
}

/**
 * Remembers how each loaded entity looked when it was hydrated so the
 * flush only writes what changed.
 */
final class ChangeTracker
{
    private \WeakMap $originals;

    public function __construct()
    {
        $this->originals = new \WeakMap();
    }

    public function track(Employee $employee): void
    {
        if (!isset($this->originals[$employee])) {
            $this->originals[$employee] = $this->snapshot($employee);
        }
    }

    /** @return array<string, array{0: mixed, 1: mixed}> */
    public function changeSet(Employee $employee): array
    {
        $before = $this->originals[$employee] ?? [];
        $after = $this->snapshot($employee);
        $changes = [];
        foreach ($after as $field => $value) {
            if (($before[$field] ?? null) !== $value) {
                $changes[$field] = [$before[$field] ?? null, $value];
            }
        }

        return $changes;
    }

    private function snapshot(Employee $employee): array
    {
        return [
            'name' => $employee->name,
            'title' => $employee->title,
            'manager_id' => $employee->manager?->id,
            'skills' => implode(',', $employee->skills),
        ];
    }
}

final class EmployeeRepository
{
    public function __construct(private readonly ChangeTracker $tracker)
    {
    }

    public function find(int $id, int $depth = 1): Employee
    {
        $employee = new Employee(
            $id,
            "Employee {$id}",
            $id % 5 === 0 ? 'Engineering Manager' : 'Software Engineer',
            $depth > 0 ? $this->find(intdiv($id, 5) + 1, $depth - 1) : null,
            ['php', 'sql', 'kubernetes', "team-{$id}"],
        );
        $this->tracker->track($employee);

        return $employee;
    }
}

final class Connection
{
    private string $lastStatement = '';

    public function update(string $table, array $values, array $where): void
    {
        $this->lastStatement = sprintf('UPDATE %s SET %s WHERE id = %d', $table, json_encode($values), $where['id']);
    }
}

final class EmployeeWriter
{
    public function __construct(
        private readonly ChangeTracker $tracker,
        private readonly Connection $connection,
    ) {
    }

    public function flush(Employee ...$employees): void
    {
        foreach ($employees as $employee) {
            $changes = $this->tracker->changeSet($employee);
            if ($changes !== []) {
                $this->connection->update('employees', array_map(fn (array $pair) => $pair[1], $changes), ['id' => $employee->id]);
            }
        }
    }
}

namespace Hr\Application;

use Hr\Persistence\EmployeeRepository;
use Hr\Persistence\EmployeeWriter;

final class ReassignEmployee
{
    public function __construct(
        public readonly int $employeeId,
        public readonly int $newManagerId,
        public readonly string $newTitle,
    ) {
    }
}

final class ReassignEmployeeHandler
{
    public function __construct(
        private readonly EmployeeRepository $employees,
        private readonly EmployeeWriter $writer,
    ) {
    }

    public function __invoke(ReassignEmployee $message): void
    {
        $employee = $this->employees->find($message->employeeId);
        $employee->manager = $this->employees->find($message->newManagerId, 0);
        $employee->title = $message->newTitle;
        $this->writer->flush($employee);
    }
}

$tracker = new \Hr\Persistence\ChangeTracker();
$handler = new ReassignEmployeeHandler(
    new EmployeeRepository($tracker),
    new EmployeeWriter($tracker, new \Hr\Persistence\Connection()),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler(new ReassignEmployee(100 + $i, 7 + $i % 3, $i % 4 ? 'Senior Software Engineer' : 'Staff Engineer'));
}
