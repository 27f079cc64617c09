<?php

declare(strict_types=1);

namespace App\Persistence;

final class Customer
{
    use TracksOriginalState;

    /** @param array<string, mixed> $attributes */
    private function __construct(private array $attributes)
    {
    }

    /** @param array<string, mixed> $row */
    public static function hydrate(array $row): self
    {
        $customer = new self($row);
        $customer->rememberOriginal();

        return $customer;
    }

    public function id(): int
    {
        return (int) $this->attributes['id'];
    }

    public function rename(string $name): void
    {
        $this->attributes['name'] = $name;
    }

    public function changeNotes(string $notes): void
    {
        $this->attributes['notes'] = $notes;
    }
}
