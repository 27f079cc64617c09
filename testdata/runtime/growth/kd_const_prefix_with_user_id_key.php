<?php
// A login throttle keeps token buckets in a class static keyed by self::PREFIX . $userId; the constant prefix makes it look fixed, but every user who signs in adds a bucket.

final class LoginThrottle
{
    private const PREFIX = 'login_attempts:';
    private const MAX_ATTEMPTS = 5;

    /** @var array<string, array{attempts: int, first: float, ips: list<string>, agent: string}> */
    private static array $buckets = [];

    public static function hit(int $userId, string $ip, string $agent): bool
    {
        $key = self::PREFIX . $userId;
        $bucket = self::$buckets[$key] ?? ['attempts' => 0, 'first' => microtime(true), 'ips' => [], 'agent' => $agent];
        $bucket['attempts']++;
        $bucket['ips'][] = $ip;
        self::$buckets[$key] = $bucket; // leak
        return $bucket['attempts'] <= self::MAX_ATTEMPTS;
    }
}

final class LoginController
{
    public function __invoke(array $post, array $server): int
    {
        $userId = (int) $post['user_id'];
        if (!LoginThrottle::hit($userId, $server['REMOTE_ADDR'], $server['HTTP_USER_AGENT'])) {
            return 429;
        }
        return password_verify($post['password'], '$2y$04$abcdefghijklmnopqrstuu5Zl2pU8n2sEJfZ2qZVw2ZQeC0H1Yy6') ? 200 : 401;
    }
}

$controller = new LoginController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller(['user_id' => (string) (500 + $i), 'password' => 'secret'], [
        'REMOTE_ADDR' => '203.0.113.' . ($i % 250),
        'HTTP_USER_AGENT' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' . $i . '.0 Safari/537.36 ' . str_repeat('x', 300),
    ]);
}
