<?php

namespace App\Auth;

final class SessionData
{
    public function __construct(
        public readonly string $id,
        public readonly int $userId,
        public readonly array $roles,
        public readonly string $csrfToken,
        public readonly array $claims,
    ) {}
}

final class SessionRegistry
{
    /** @var array<string, SessionData> */
    private static array $active = [];

    public static function remember(SessionData $session): void
    {
        self::$active[$session->id] = $session;
    }

    public static function current(string $id): ?SessionData
    {
        return self::$active[$id] ?? null;
    }

    public static function reset(): void
    {
        self::$active = [];
    }
}

final class Authenticator
{
    public function __construct(private string $appSecret) {}

    public function authenticate(array $cookies, array $server): ?SessionData
    {
        $sid = $cookies['PHPSESSID'] ?? null;
        if ($sid === null) {
            return null;
        }
        $session = SessionRegistry::current($sid) ?? new SessionData(
            $sid,
            hexdec(substr($sid, 0, 6)),
            ['ROLE_USER', 'ROLE_EDITOR'],
            hash_hmac('sha256', $sid, $this->appSecret),
            ['ip' => $server['REMOTE_ADDR'], 'ua' => str_repeat('Mozilla/5.0 ', 20), 'scopes' => 'profile email orders:read orders:write'],
        );
        SessionRegistry::remember($session);
        return $session;
    }
}
