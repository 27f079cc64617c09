<?php
namespace App\Security;

final class User
{
    public function __construct(public readonly int $id, public readonly string $email) {}
}

final class UserProvider
{
    public function find(int $id): User
    {
        return new User($id, "user{$id}@example.org");
    }
}
