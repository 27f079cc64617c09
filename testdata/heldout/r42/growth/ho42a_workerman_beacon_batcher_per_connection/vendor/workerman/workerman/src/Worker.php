<?php

declare(strict_types=1);

namespace Workerman;

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;

/**
 * Stand-in for Workerman\Worker. runAll() starts every worker and replays
 * the traffic of the CDN log shipper: one keep-alive connection that posts
 * impression and click beacons for the lifetime of the process.
 */
class Worker
{
    /** @var list<Worker> */
    private static array $workers = [];

    public string $name = 'none';
    public int $count = 1;

    /** @var callable|null */
    public $onWorkerStart = null;
    /** @var callable|null */
    public $onConnect = null;
    /** @var callable|null */
    public $onMessage = null;
    /** @var callable|null */
    public $onClose = null;

    public function __construct(public readonly string $socketName)
    {
        self::$workers[] = $this;
    }

    public static function runAll(): void
    {
        $messages = (int) (getenv('PHPLEAK_N') ?: 100);
        foreach (self::$workers as $worker) {
            if ($worker->onWorkerStart) {
                ($worker->onWorkerStart)($worker);
            }
            $connection = new TcpConnection(7, '198.51.100.23:51812');
            if ($worker->onConnect) {
                ($worker->onConnect)($connection);
            }
            for ($i = 0; $i < $messages; $i++) {
                ($worker->onMessage)($connection, new Request(self::beaconLine($i)));
            }
            // the shipper keeps its connection open; onClose fires at shutdown only
        }
    }

    private static function beaconLine(int $i): string
    {
        $query = http_build_query([
            'e' => ['imp', 'imp', 'imp', 'click', 'vimp'][$i % 5],
            'auc' => sprintf('%s-%06d', substr(sha1('auction' . $i), 0, 16), $i),
            'imp' => 'imp-' . ($i % 3 + 1),
            'cmp' => 'cmp-' . (100 + $i % 8),
            'cr' => 'cr-' . (5000 + $i % 21),
            'wp' => (string) (420000 + ($i * 37) % 90000),
            'pub' => 'pub-' . ($i % 50),
            'url' => 'https://www.example-news.com/sports/match-report-' . $i . '?utm_source=push',
            'gdpr' => '1',
            'gdpr_consent' => 'CP' . strtoupper(substr(base64_encode(sha1('tcf' . $i, true) . md5((string) $i, true)), 0, 46)) . '.YAAAAAAAAAAA',
        ]);

        return "GET /b?{$query} HTTP/1.1\r\nHost: px.adserver.example\r\n"
            . 'User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_' . ($i % 6) . " like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148\r\n"
            . 'X-Forwarded-For: 203.0.113.' . ($i % 254) . "\r\n\r\n";
    }
}
