<?php

// Stand-in for workerman/workerman: a text-protocol worker whose event loop
// is replaced by a replay of PHPLEAK_N frames on one connection.

declare(strict_types=1);

namespace Workerman\Connection {
    final class TcpConnection
    {
        public int $sent = 0;

        public function __construct(public readonly string $remoteAddress)
        {
        }

        public function send(string $payload): bool
        {
            $this->sent += strlen($payload);

            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    final class Worker
    {
        /** @var null|\Closure(TcpConnection, string): void */
        public ?\Closure $onMessage = null;
        public string $name = 'none';
        public int $count = 1;

        /** @var list<Worker> */
        private static array $workers = [];

        public function __construct(public readonly string $socketName)
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $frames = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                $connection = new TcpConnection('127.0.0.1:' . (40000 + count(self::$workers)));
                for ($i = 1; $i <= $frames; $i++) {
                    $frame = json_encode([
                        'command' => 'transfer',
                        'sku' => 'SKU-' . str_pad((string) ($i % 250), 5, '0', STR_PAD_LEFT),
                        'from' => 'WH-BERLIN',
                        'to' => 'WH-LEIPZIG',
                        'quantity' => 1 + $i % 6,
                        'reason' => 'rebalance ticket #' . $i,
                    ]);
                    ($worker->onMessage)($connection, (string) $frame);
                }
            }
        }
    }
}
