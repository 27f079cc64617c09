<?php

declare(strict_types=1);

namespace App\Domain;

interface CustomerInterface
{
    public function id(): int;

    public function displayName(): string;

    public function email(): string;
}

final class Customer implements CustomerInterface
{
    public function __construct(
        private readonly int $id,
        private readonly string $displayName,
        private readonly string $email,
    ) {}

    public function id(): int { return $this->id; }

    public function displayName(): string { return $this->displayName; }

    public function email(): string { return $this->email; }
}

interface AddressInterface
{
    public function id(): int;

    public function oneLine(): string;
}

final class Address implements AddressInterface
{
    public function __construct(
        private readonly int $id,
        private readonly string $street,
        private readonly string $city,
        private readonly string $country,
    ) {}

    public function id(): int { return $this->id; }

    public function oneLine(): string { return "{$this->street}, {$this->city} ({$this->country})"; }
}

final class Order
{
    /** @param list<array{sku: string, qty: int, price: int}> $lines */
    public function __construct(
        public readonly int $id,
        public readonly string $number,
        public readonly CustomerInterface $customer,
        public readonly AddressInterface $shippingAddress,
        public readonly array $lines,
    ) {}

    public function totalCents(): int
    {
        return array_sum(array_map(static fn (array $l): int => $l['qty'] * $l['price'], $this->lines));
    }
}
