<?php

namespace Workerman\Connection {
    class TcpConnection
    {
        public function send(string $data): bool
        {
            return true;
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
        private static array $workers = [];

        public function __construct(public string $socketName = '')
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                $connection = new TcpConnection();
                for ($i = 0; $i < $n; $i++) {
                    $payload = json_encode(['email' => "user{$i}@example.com", 'bio' => str_repeat("About user {$i}. ", 24)]);
                    ($worker->onMessage)($connection, $payload);
                }
            }
        }
    }
}
