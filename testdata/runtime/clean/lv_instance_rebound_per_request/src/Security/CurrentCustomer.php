<?php

namespace App\Security;

final class CurrentCustomer
{
    public function __construct(
        public readonly string $email,
        public readonly string $ip,
        public readonly string $userAgent,
    ) {
    }
}
