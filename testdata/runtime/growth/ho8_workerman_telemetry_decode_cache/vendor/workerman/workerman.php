<?php
// Stand-in for workerman/workerman 4.x: the worker, its TCP connections and timers, run synchronously over simulated traffic.

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        public string $name = 'none';
        public int $count = 1;
        public $onWorkerStart = null;
        public $onConnect = null;
        public $onMessage = null;
        public $onClose = null;
        /** @var array<int, TcpConnection> */
        public array $connections = [];
        /** @var array<int, Worker> */
        protected static array $workers = [];
        /** Simulated listening socket: yields [remote address, list of received frames] per accepted connection. */
        public static iterable $incoming = [];

        public function __construct(public string $socketName = '', array $socketContext = [])
        {
            static::$workers[spl_object_id($this)] = $this;
        }

        public static function runAll(): void
        {
            $worker = reset(static::$workers);
            $worker->onWorkerStart && ($worker->onWorkerStart)($worker);
            foreach (static::$incoming as [$remoteAddress, $frames]) {
                $connection = new TcpConnection($worker, $remoteAddress);
                $worker->connections[$connection->id] = $connection;
                $worker->onConnect && ($worker->onConnect)($connection);
                foreach ($frames as $data) {
                    $worker->onMessage && ($worker->onMessage)($connection, $data);
                }
                $connection->close();
            }
        }
    }
}

namespace Workerman\Connection {
    use Workerman\Worker;

    #[\AllowDynamicProperties]
    class TcpConnection
    {
        protected static int $idRecorder = 1;
        public int $id;

        public function __construct(public ?Worker $worker, protected string $remoteAddress)
        {
            $this->id = self::$idRecorder++;
        }

        public function send(mixed $sendBuffer): bool { return true; }

        public function close(mixed $data = null): void
        {
            $this->worker->onClose && ($this->worker->onClose)($this);
            unset($this->worker->connections[$this->id]);
            $this->worker = null;
        }
    }
}
