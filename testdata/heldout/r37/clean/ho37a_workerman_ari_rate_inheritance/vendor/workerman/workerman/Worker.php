<?php
// Stand-in for workerman/workerman: runAll() would fork and accept sockets;
// here it replays PHPLEAK_N ARI (availability, rates, inventory) requests
// from channel connections through onMessage.

namespace Workerman;

use Workerman\Connection\TcpConnection;

class Worker
{
    public string $name = 'none';
    public int $count = 1;
    /** @var callable|null */
    public $onWorkerStart = null;
    /** @var callable|null */
    public $onMessage = null;

    public function __construct(public readonly string $socketName = '')
    {
    }

    public static function runAll(): void
    {
        foreach (self::$workers as $worker) {
            $worker->serve((int) (getenv('PHPLEAK_N') ?: 100));
        }
    }

    /** @var list<Worker> */
    private static array $workers = [];

    public function listen(): void
    {
        self::$workers[] = $this;
    }

    private function serve(int $limit): void
    {
        if ($this->onWorkerStart) {
            ($this->onWorkerStart)($this);
        }
        $channels = ['booking_com', 'expedia', 'hostelworld', 'agoda'];
        $plans = ['BAR', 'NRF', 'BB', 'HB'];
        for ($i = 0; $i < $limit; $i++) {
            $connection = new TcpConnection('10.0.' . ($i % 4) . '.' . (20 + $i % 50) . ':' . (40000 + $i % 2000));
            $message = json_encode([
                'hotel' => 'FARO' . (1 + $i % 3),
                'channel' => $channels[$i % 4],
                'rate_plan' => $plans[intdiv($i, 4) % 4],
                'stay_date' => date('Y-m-d', 1767225600 + $i * 86400),
                'los' => 1 + $i % 7,
                'request_id' => 'ari-' . dechex(0x5f000000 + $i * 31),
            ]);
            ($this->onMessage)($connection, $message);
        }
    }
}
