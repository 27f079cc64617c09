<?php

declare(strict_types=1);

namespace App\Auth;

final class User
{
    public function __construct(
        public readonly int $id,
        public readonly string $email,
        public readonly string $displayName,
        public readonly array $roles,
    ) {
    }
}

interface UserProvider
{
    public function retrieveByToken(string $token): ?User;
}

final class ApiTokenUserProvider implements UserProvider
{
    private int $lookups = 0;

    public function retrieveByToken(string $token): ?User
    {
        $this->lookups++;
        if (!preg_match('/^tok_(\d+)_[a-f0-9]+$/', $token, $m)) {
            return null;
        }
        $id = (int) $m[1];

        return new User($id, "member{$id}@forum.test", "Forum member #{$id}", $id % 7 === 0 ? ['moderator'] : ['member']);
    }
}
