<?php

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $bytesWritten = 0;

        public function __construct(public readonly int $id, public readonly string $remoteAddress)
        {
        }

        public function send(string $buffer): bool
        {
            $this->bytesWritten += strlen($buffer);

            return true;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    /**
     * Stand-in for Workerman\Worker: one process, callbacks set at boot,
     * messages fed in by the event loop until the worker is told to stop.
     */
    class Worker
    {
        /** @var callable|null */
        public $onWorkerStart = null;

        /** @var callable|null */
        public $onMessage = null;

        public string $name = 'none';

        public int $count = 1;

        /** @var \Closure(int): ?array{0: TcpConnection, 1: string} */
        private static \Closure $feed;

        public function __construct(public readonly string $socketName)
        {
        }

        public static function feedWith(\Closure $feed): void
        {
            self::$feed = $feed;
        }

        public function run(): void
        {
            if ($this->onWorkerStart) {
                ($this->onWorkerStart)($this);
            }
            for ($seq = 0; ($next = (self::$feed)($seq)) !== null; $seq++) {
                [$connection, $data] = $next;
                ($this->onMessage)($connection, $data);
            }
        }
    }
}
