<?php
declare(strict_types=1);

namespace App\Presence;

final class PresenceRegistry
{
    use InteractsWithPresenceStore;

    private const STATUSES = ['online', 'busy', 'away'];

    public function connected(array $client, string $gateway): void
    {
        $status = in_array($client['status'] ?? '', self::STATUSES, true) ? $client['status'] : 'online';
        $entry = new PresenceEntry(
            (int) $client['user_id'],
            (string) $client['device_id'],
            (string) $client['platform'],
            (string) $client['app_version'],
            $status,
            substr((string) ($client['status_text'] ?? ''), 0, 140),
            $gateway,
            new \DateTimeImmutable(),
            microtime(true),
        );
        self::remember(PresenceKey::forDevice($entry->userId, $entry->deviceId), $entry);
    }

    public function disconnected(int $userId, string $deviceId, string $reason): void
    {
        // A user going away on one device is offline everywhere for matching purposes.
        self::forget(PresenceKey::forUser($userId));
    }

    public function isOnline(int $userId): bool
    {
        return self::withPrefix(PresenceKey::forUser($userId) . ':') !== [];
    }
}
