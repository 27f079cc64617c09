<?php
declare(strict_types=1);

// Workerman HTTP worker with a per-client-kind throttle. The enum classifies
// the User-Agent; a small helper class keeps hit statistics in a static array.

enum ClientKind: string
{
    case Bot = 'bot';
    case MobileApp = 'mobile_app';
    case Browser = 'browser';
    case Unknown = 'unknown';

    public static function fromUserAgent(string $ua): self
    {
        return match (true) {
            str_contains($ua, 'bot') || str_contains($ua, 'crawler') => self::Bot,
            str_starts_with($ua, 'ShopApp/') => self::MobileApp,
            str_contains($ua, 'Mozilla/') => self::Browser,
            default => self::Unknown,
        };
    }
}

final class ClientKindStats
{
    /** @var array<string, array{kind: string, hits: int, first_seen: float, last_path: string, last_ip: string}> */
    private static array $stats = [];

    public static function hit(string $userAgent, string $ip, string $path): int
    {
        $kind = ClientKind::fromUserAgent($userAgent);
        $entry = self::$stats[$userAgent] ?? ['kind' => $kind->value, 'hits' => 0, 'first_seen' => microtime(true), 'last_path' => '', 'last_ip' => ''];
        $entry['hits']++;
        $entry['last_path'] = $path;
        $entry['last_ip'] = $ip;
        self::$stats[$userAgent] = $entry; // leak

        return $entry['hits'];
    }
}

final class TcpConnection
{
    public string $remoteIp = '';
    public function send(string $payload): void
    {
    }
}

final class Worker
{
    /** @var (\Closure(TcpConnection, array): void)|null */
    public ?\Closure $onMessage = null;

    public function __construct(public string $socketName)
    {
    }
}

$worker = new Worker('http://0.0.0.0:8080');
$worker->onMessage = static function (TcpConnection $connection, array $request): void {
    $ua = $request['headers']['user-agent'] ?? '';
    $hits = ClientKindStats::hit($ua, $connection->remoteIp, $request['path']);
    $connection->send($hits > 10_000 ? 'HTTP/1.1 429 Too Many Requests' : 'HTTP/1.1 200 OK');
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$connection = new TcpConnection();

for ($i = 0; $i < $n; $i++) {
    $connection->remoteIp = sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255);
    $ua = sprintf(
        'ShopApp/4.%d.%d (iPhone; iOS 17.%d; Scale/3.00; device-%08x) CFNetwork/1490.0.4 Darwin/23.2.0',
        $i % 9,
        $i,
        $i % 5,
        crc32((string) $i)
    );
    ($worker->onMessage)($connection, ['path' => '/api/v2/catalog/' . ($i % 40), 'headers' => ['user-agent' => $ua]]);
}
