<?php

declare(strict_types=1);

namespace App\Auth;

final class User
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $email,
        public readonly array $abilities,
    ) {
    }
}

interface UserProvider
{
    public function retrieveByToken(string $token): ?User;
}

/** personal_access_tokens lookup stand-in. */
final class PersonalAccessTokenProvider implements UserProvider
{
    public function retrieveByToken(string $token): ?User
    {
        if (!preg_match('/^(\d+)\|[a-f0-9]{40}$/', $token, $m)) {
            return null;
        }
        $id = (int) $m[1];

        return new User($id, 'Team member ' . $id, sprintf('member.%d@workspace.example.test', $id), [
            'projects:read',
            'projects:write',
            $id % 2 === 0 ? 'billing:read' : 'members:invite',
        ]);
    }
}
