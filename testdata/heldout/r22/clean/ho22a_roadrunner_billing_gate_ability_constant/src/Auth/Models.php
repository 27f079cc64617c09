<?php

declare(strict_types=1);

namespace App\Auth;

enum Role: string
{
    case Owner = 'owner';
    case Admin = 'admin';
    case Member = 'member';
}

final class Tenant
{
    public function __construct(
        public readonly int $id,
        public readonly string $slug,
        public readonly string $name,
        public readonly string $billingEmail,
        public readonly string $stripeCustomer,
    ) {
    }
}

final class User
{
    public function __construct(
        public readonly int $id,
        public readonly int $tenantId,
        public readonly Role $role,
        public readonly string $email,
    ) {
    }
}
