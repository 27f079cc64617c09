<?php

declare(strict_types=1);

namespace Logistics\Entity;

final class Customer
{
    private function __construct(public readonly int $id, public readonly string $email, public readonly string $locale) {}

    /**
     * @param array<string, scalar> $row
     */
    public static function fromRow(array $row): self
    {
        return new self((int) $row['id'], (string) $row['email'], (string) $row['locale']);
    }
}
