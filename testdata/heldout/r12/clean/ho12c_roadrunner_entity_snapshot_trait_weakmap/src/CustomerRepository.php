<?php

declare(strict_types=1);

namespace App\Persistence;

final class CustomerRepository
{
    /** @var list<string> */
    private array $pendingSql = [];

    public function find(int $id): Customer
    {
        // Stand-in for a PDO fetch.
        return Customer::hydrate([
            'id' => $id,
            'name' => "Customer {$id}",
            'email' => "customer{$id}@example.test",
            'notes' => str_repeat("Imported from legacy CRM batch {$id}. ", 12),
            'country' => 'NL',
        ]);
    }

    public function save(Customer $customer): void
    {
        $dirty = $customer->dirtyAttributes();
        if ($dirty === []) {
            return;
        }

        $sets = implode(', ', array_map(static fn (string $c): string => "{$c} = ?", array_keys($dirty)));
        $this->pendingSql[] = "UPDATE customers SET {$sets} WHERE id = {$customer->id()}";
        $this->flush();
    }

    private function flush(): void
    {
        // Stand-in for executing the statements.
        $this->pendingSql = [];
    }
}
