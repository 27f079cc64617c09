<?php

namespace App\Accounts;

final class Account
{
    public function __construct(
        public readonly string $id,
        public readonly string $email,
        public readonly array $preferences,
    ) {
    }
}
