<?php
// A login rate limiter held by the app container counts attempts under self::PREFIX . $sessionId; the constant prefix makes the key look fixed, but every visitor's session id adds a new entry.

final class LoginRateLimiter
{
    private const PREFIX = 'login_attempts:';
    private const WINDOW = 300;
    /** @var array<string, list<array{ts: int, ip: string, ua: string}>> */
    private array $attempts = [];

    public function hit(string $sessionId, string $ip, string $userAgent, int $now): bool
    {
        $key = self::PREFIX . $sessionId;
        $this->attempts[$key][] = ['ts' => $now, 'ip' => $ip, 'ua' => $userAgent]; // leak
        $recent = array_filter($this->attempts[$key], static fn (array $a): bool => $a['ts'] > $now - self::WINDOW);
        return count($recent) <= 5;
    }
}

final class Container
{
    private static array $services = [];

    public static function get(string $id): object
    {
        return self::$services[$id] ??= new $id();
    }
}

function handle_login(array $server, array $cookies): int
{
    $limiter = Container::get(LoginRateLimiter::class);
    $allowed = $limiter->hit($cookies['PHPSESSID'], $server['REMOTE_ADDR'], $server['HTTP_USER_AGENT'], $server['REQUEST_TIME']);
    return $allowed ? 200 : 429;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_login(
        ['REMOTE_ADDR' => '10.0.' . ($i % 256) . '.7', 'HTTP_USER_AGENT' => 'Mozilla/5.0 ' . str_repeat('(X11; Linux x86_64) ', 25), 'REQUEST_TIME' => 1700000000 + $i],
        ['PHPSESSID' => hash('sha256', "session-{$i}")],
    );
}
