<?php
// A Workerman chat server that tracks who is online in a Presence singleton reached through Presence::instance() from its connect, message and close callbacks.

namespace Workerman\Connection {
    final class TcpConnection
    {
        public function __construct(public readonly int $id, public readonly string $remoteAddress) {}
        public function send(string $data): void {}
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    final class Worker
    {
        public $onConnect;
        public $onMessage;
        public $onClose;

        public function __construct(public string $socket) {}

        /** Simulates $count clients that connect, send one message and disconnect. */
        public function runAll(int $count): void
        {
            for ($id = 1; $id <= $count; $id++) {
                $conn = new TcpConnection($id, "192.168.1.{$id}:5" . str_pad((string) $id, 4, '0', STR_PAD_LEFT));
                ($this->onConnect)($conn);
                ($this->onMessage)($conn, json_encode(['type' => 'hello', 'nick' => "user{$id}", 'room' => 'lobby']));
                ($this->onClose)($conn);
            }
        }
    }
}

namespace App\Chat {
    final class Presence
    {
        private static ?self $instance = null;
        private array $online = [];

        public static function instance(): self
        {
            return self::$instance ??= new self();
        }

        public function join(int $connectionId, string $nick, string $address): void
        {
            $this->online[$connectionId] = ['nick' => $nick, 'address' => $address, 'since' => time(), 'profile' => str_repeat("{$nick} ", 60)];
        }

        public function leave(int $connectionId): void
        {
            unset($this->online[$connectionId]);
        }

        public function nicknames(): array
        {
            return array_column($this->online, 'nick');
        }
    }

    final class Stats
    {
        public static int $connections = 0;
    }
}

namespace {
    use App\Chat\Presence;
    use App\Chat\Stats;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new Worker('websocket://0.0.0.0:2346');

    $worker->onConnect = static function (TcpConnection $connection): void {
        Stats::$connections++;
    };
    $worker->onMessage = static function (TcpConnection $connection, string $data): void {
        $msg = json_decode($data, true);
        if ($msg['type'] === 'hello') {
            Presence::instance()->join($connection->id, $msg['nick'], $connection->remoteAddress);
            $connection->send(json_encode(['online' => count(Presence::instance()->nicknames())]));
        }
    };
    $worker->onClose = static function (TcpConnection $connection): void {
        Stats::$connections--;
        Presence::instance()->leave($connection->id);
    };

    $worker->runAll($n);
}
