<?php

declare(strict_types=1);

namespace Workerman\Connection {
    final class TcpConnection
    {
        public int $bytesSent = 0;

        public function send(string $payload): void
        {
            $this->bytesSent += strlen($payload);
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    /** Stand-in for Workerman\Worker: replays PHPLEAK_N frames into onMessage. */
    final class Worker
    {
        /** @var null|callable(TcpConnection, string): void */
        public $onMessage = null;

        public function __construct(public readonly string $listen)
        {
        }

        public static function runAll(Worker $worker, int $frames): void
        {
            $connection = new TcpConnection();
            for ($i = 0; $i < $frames; $i++) {
                ($worker->onMessage)($connection, json_encode(['cmd' => 'quote', 'id' => $i]));
            }
        }
    }
}
