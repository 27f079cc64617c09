<?php

declare(strict_types=1);

namespace App\Models;

final class User
{
    public function __construct(public readonly int $id, public readonly int $teamId, public readonly bool $admin = false) {}
}

final class Document
{
    public function __construct(
        public readonly int $id,
        public readonly int $teamId,
        public readonly int $ownerId,
        public readonly string $title,
        public readonly bool $archived = false,
    ) {}

    public function getKey(): int
    {
        return $this->id;
    }
}

final class DocumentPolicy
{
    public function view(User $user, Document $document): bool
    {
        return $user->admin || $user->teamId === $document->teamId;
    }

    public function update(User $user, Document $document): bool
    {
        return !$document->archived && ($user->admin || $user->id === $document->ownerId);
    }
}
