<?php

namespace App\Models;

final class User
{
    public function __construct(public readonly int $id, public readonly string $email, public readonly string $name, public readonly array $profile) {}
}
