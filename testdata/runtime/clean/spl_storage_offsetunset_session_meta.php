<?php
// A session manager keeps per-session metadata in a static SplObjectStorage and unsets the entry when the session closes.

final class Session
{
    public array $data = [];

    public function __construct(public readonly string $id) {}
}

final class SessionManager
{
    private static ?SplObjectStorage $meta = null;

    public static function start(string $cookie): Session
    {
        self::$meta ??= new SplObjectStorage();
        $session = new Session($cookie);
        self::$meta[$session] = [
            'started' => microtime(true),
            'ip' => '10.0.' . strlen($cookie) . '.7',
            'fingerprint' => hash('sha256', $cookie) . str_repeat('f', 600),
        ];
        return $session;
    }

    public static function close(Session $session): void
    {
        $session->data = [];
        unset(self::$meta[$session]);
    }
}

function handleRequest(int $i): string
{
    $session = SessionManager::start('sess_' . md5((string) $i));
    $session->data['cart'] = [$i, $i + 1];
    $out = 'cart items: ' . count($session->data['cart']);
    SessionManager::close($session);
    return $out;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handleRequest($i);
}
