<?php

declare(strict_types=1);

namespace Workerman\Connection {

    /** Stand-in for Workerman's TcpConnection. */
    class TcpConnection
    {
        public static int $nextId = 1;
        public int $id;
        public string $lastSent = '';

        public function __construct(public readonly string $remoteAddress)
        {
            $this->id = self::$nextId++;
        }

        public function send(string $data): bool
        {
            $this->lastSent = $data;

            return true;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    /** Stand-in for Workerman\Worker: callbacks are plain public properties. */
    class Worker
    {
        public string $name = 'none';
        public int $count = 1;
        /** @var callable|null */
        public $onConnect = null;
        /** @var callable|null */
        public $onMessage = null;
        /** @var callable|null */
        public $onClose = null;

        public function __construct(public readonly string $socketName)
        {
        }

        /** Simulated event loop: delivers frames the way the reactor would. */
        public function deliver(TcpConnection $connection, string $frame): void
        {
            ($this->onMessage)($connection, $frame);
        }
    }
}
