<?php

declare(strict_types=1);

namespace Workerman;

use Workerman\Connection\TcpConnection;

/**
 * Minimal local stand-in for workerman/workerman's Worker. runAll() does
 * not listen; it replays recorded websocket frames (one short-lived
 * connection each, one second apart) through the callbacks.
 */
class Worker
{
    /** @var array<int, Worker> */
    protected static array $workers = [];

    /** Recorded traffic: callable(int $n): string, one frame per connection. */
    public static $replay = null;

    public string $name = 'none';
    public int $count = 1;
    public $onWorkerStart = null;
    public $onConnect = null;
    public $onMessage = null;
    public $onClose = null;
    /** @var array<int, TcpConnection> */
    public array $connections = [];

    public function __construct(protected string $socketName = '', array $contextOption = [])
    {
        static::$workers[spl_object_id($this)] = $this;
    }

    public static function runAll(): void
    {
        foreach (static::$workers as $worker) {
            $worker->run();
        }
    }

    protected function run(): void
    {
        if ($this->onWorkerStart) {
            ($this->onWorkerStart)($this);
        }
        $frames = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($n = 0; $n < $frames; $n++) {
            $connection = new TcpConnection($this, '198.51.100.' . ($n % 250) . ':' . (30000 + $n));
            $connection->onMessage = $this->onMessage;
            $connection->onClose = $this->onClose;
            $this->connections[$connection->id] = $connection;
            if ($this->onConnect) {
                ($this->onConnect)($connection);
            }
            ($connection->onMessage)($connection, (static::$replay)($n));
            $connection->destroy();
            Timer::tick(1.0);
        }
    }
}
