<?php

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $id;
        private static int $idRecorder = 0;

        public function __construct(public string $remoteAddress)
        {
            $this->id = ++self::$idRecorder;
        }

        public function send(string $buffer): bool
        {
            return $buffer !== '';
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        /** @var callable|null */
        public $onMessage = null;
        public int $count = 1;

        public function __construct(public string $socketName = '') {}

        public static function runAll(Worker $worker): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $connection = new TcpConnection('192.168.1.' . ($i % 250) . ':' . (50000 + $i));
                $frame = json_encode(['room' => 'support', 'user' => 'agent' . ($i % 7), 'text' => str_repeat("ticket {$i} update ", 35)]);
                ($worker->onMessage)($connection, $frame);
            }
        }
    }
}
