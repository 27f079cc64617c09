<?php

namespace App\Auth;

final class ApiUser
{
    public function __construct(public readonly int $id, public readonly string $email, public readonly array $scopes) {}
}
