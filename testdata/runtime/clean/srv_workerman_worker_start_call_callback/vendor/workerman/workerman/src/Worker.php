<?php

namespace Workerman;

use Workerman\Connection\TcpConnection;

/**
 * Stand-in: runAll() runs every worker in this process: onWorkerStart once, then PHPLEAK_N
 * connections (onConnect, one onMessage with one text-protocol line, onClose), then onWorkerStop.
 */
class Worker
{
    public int $id = 0;
    public string $name = 'none';
    public int $count = 1;
    public string $protocol = '';
    public bool $reusePort = false;

    /** @var callable|null */
    public $onWorkerStart = null;
    /** @var callable|null */
    public $onConnect = null;
    /** @var callable|null */
    public $onMessage = null;
    /** @var callable|null */
    public $onClose = null;
    /** @var callable|null */
    public $onError = null;
    /** @var callable|null */
    public $onWorkerStop = null;

    /** @var array<int, Worker> */
    protected static array $workers = [];

    public function __construct(protected string $socketName = '', protected array $contextOption = [])
    {
        static::$workers[spl_object_id($this)] = $this;
    }

    public static function runAll(): void
    {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        foreach (static::$workers as $worker) {
            $worker->run($n);
        }
    }

    protected function run(int $n): void
    {
        if ($this->onWorkerStart) {
            ($this->onWorkerStart)($this);
        }
        for ($i = 0; $i < $n; $i++) {
            $connection = new TcpConnection(sprintf('10.%d.%d.%d:%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255, 40000 + $i % 20000));
            $connection->worker = $this;
            if ($this->onConnect) {
                ($this->onConnect)($connection);
            }
            if ($this->onMessage) {
                ($this->onMessage)($connection, json_encode([
                    'jsonrpc' => '2.0',
                    'id' => sprintf('call-%08x-%d', crc32('c' . $i), $i),
                    'method' => 'order.quote',
                    'params' => [
                        'sku' => 'SKU-' . (10000 + $i),
                        'quantity' => 1 + $i % 5,
                        'customer' => "customer{$i}@example.org",
                        'note' => str_repeat('deliver before noon please; ', 20) . $i,
                    ],
                ]));
            }
            if ($this->onClose) {
                ($this->onClose)($connection);
            }
        }
        if ($this->onWorkerStop) {
            ($this->onWorkerStop)($this);
        }
    }
}
