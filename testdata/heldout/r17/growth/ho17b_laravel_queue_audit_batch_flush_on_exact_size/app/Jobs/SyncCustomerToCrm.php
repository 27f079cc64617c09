<?php

declare(strict_types=1);

namespace App\Jobs;

final class SyncCustomerToCrm
{
    public readonly string $uuid;

    public function __construct(
        private readonly int $customerId,
        private readonly string $email,
        private readonly array $attributes,
    ) {
        $this->uuid = sprintf('%08x-%04x-4%03x', $customerId, $customerId & 0xffff, $customerId & 0xfff);
    }

    /** @return array<string, mixed> */
    public function payload(): array
    {
        return ['customer_id' => $this->customerId, 'email' => $this->email, 'attributes' => $this->attributes];
    }

    public function handle(): void
    {
        $normalized = array_map(static fn (mixed $v): string => trim((string) $v), $this->attributes);
        unset($normalized);
    }
}
