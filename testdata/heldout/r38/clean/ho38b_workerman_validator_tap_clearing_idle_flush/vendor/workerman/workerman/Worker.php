<?php

declare(strict_types=1);

namespace Workerman;

use Workerman\Connection\TcpConnection;

/**
 * Stand-in for Workerman\Worker: runAll() fires onWorkerStart, then feeds
 * PHPLEAK_N frames from a few long-lived validator connections to
 * onMessage.
 */
class Worker
{
    /** @var list<self> */
    private static array $workers = [];

    /** @var callable|null */
    public $onWorkerStart = null;
    /** @var callable|null */
    public $onConnect = null;
    /** @var callable|null */
    public $onMessage = null;
    /** @var callable|null */
    public $onClose = null;

    public string $name = 'none';
    public int $count = 1;

    public function __construct(public string $socketName = '')
    {
        self::$workers[] = $this;
    }

    public static function runAll(): void
    {
        foreach (self::$workers as $worker) {
            $worker->run();
        }
    }

    private function run(): void
    {
        if ($this->onWorkerStart) {
            ($this->onWorkerStart)($this);
        }
        $connections = [];
        foreach (['VAL-BUS-0412', 'VAL-BUS-0977', 'VAL-TRAM-2210', 'VAL-STN-0031'] as $k => $device) {
            $connections[$k] = new TcpConnection(sprintf('10.20.%d.%d:41%03d', 3 + $k, 17 + $k * 5, $k), $device);
            if ($this->onConnect) {
                ($this->onConnect)($connections[$k]);
            }
        }
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            $connection = $connections[$i % count($connections)];
            ($this->onMessage)($connection, $connection->nextFrame($i));
        }
    }
}
