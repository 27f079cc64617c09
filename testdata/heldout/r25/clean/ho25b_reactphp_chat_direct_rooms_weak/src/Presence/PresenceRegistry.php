<?php

namespace ChatApp\Presence;

final class PresenceRegistry
{
    /** @var array<string, array{status: string, since: int, remote: string}> */
    private array $online = [];

    public function markOnline(string $userId, string $remote, int $now): void
    {
        $this->online[$userId] = ['status' => 'online', 'since' => $now, 'remote' => $remote];
    }

    public function markOffline(string $userId): void
    {
        unset($this->online[$userId]);
    }

    public function isOnline(string $userId): bool
    {
        return isset($this->online[$userId]);
    }
}
