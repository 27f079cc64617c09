<?php
// Imitates the usual Workerman fix: onClose calls Timer::del() for the connection's persistent timer and forgets its id.
// Workerman WebSocket worker that pushes volunteer-shift reminders to the phones of signed-up volunteers.

namespace Workerman\Connection {
    #[\AllowDynamicProperties]
    class TcpConnection
    {
        protected static int $idRecorder = 0;

        public readonly int $id;

        public array $sent = [];

        public function __construct(public readonly string $remoteAddress)
        {
            $this->id = ++self::$idRecorder;
        }

        public function send(string $payload): void
        {
            $this->sent[] = $payload;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    // Stand-in for Workerman\Timer: every timer lives in a class-static table
    // until it fires (one-shot) or is deleted (persistent).
    class Timer
    {
        protected static array $tasks = [];

        protected static int $timerId = 0;

        public static function add(float $interval, callable $func, array $args = [], bool $persistent = true): int
        {
            $id = ++self::$timerId;
            self::$tasks[$id] = ['func' => $func, 'args' => $args, 'interval' => $interval, 'persistent' => $persistent, 'due' => microtime(true) + $interval];

            return $id;
        }

        public static function del(int $id): bool
        {
            $found = isset(self::$tasks[$id]);
            unset(self::$tasks[$id]);

            return $found;
        }
    }

    // Stand-in for Workerman\Worker::runAll(): the event loop accepting
    // PHPLEAK_N short-lived WebSocket connections.
    class Worker
    {
        public $onWorkerStart = null;
        public $onConnect = null;
        public $onMessage = null;
        public $onClose = null;

        public function __construct(public readonly string $socketName)
        {
        }

        public function runAll(int $connections): void
        {
            ($this->onWorkerStart)($this);
            for ($i = 0; $i < $connections; $i++) {
                $connection = new TcpConnection('100.64.'.($i % 100).'.'.($i % 250).':'.(50000 + $i));
                ($this->onConnect)($connection);
                ($this->onMessage)($connection, json_encode([
                    'action' => 'subscribe',
                    'volunteer' => 'vol-'.(9000 + $i),
                    'name' => ['Amina', 'Jorge', 'Lin', 'Grace', 'Tomasz'][$i % 5],
                    'shift' => ['pantry' => 'Eastside Pantry', 'role' => 'sorting line', 'starts' => date('c', 1767258000 + 3600 * ($i % 48))],
                    'phone_locale' => ['en_US', 'es_MX', 'so_SO'][$i % 3],
                ]));
                ($this->onClose)($connection);
            }
        }
    }
}

namespace {
    use Workerman\Connection\TcpConnection;
    use Workerman\Timer;
    use Workerman\Worker;

    $worker = new Worker('websocket://0.0.0.0:8282');
    $GLOBALS['reminder_timers'] = [];

    $worker->onWorkerStart = function (Worker $worker): void {
        // one worker-wide housekeeping timer, registered once
        Timer::add(3600, static fn () => gc_collect_cycles());
    };

    $worker->onConnect = function (TcpConnection $connection): void {
        $connection->volunteer = null;
    };

    $worker->onMessage = function (TcpConnection $connection, string $data): void {
        $message = json_decode($data, true);
        if (($message['action'] ?? '') !== 'subscribe') {
            return;
        }
        $connection->volunteer = $message['volunteer'];
        $shift = $message['shift'];
        $text = sprintf('Hi %s! Reminder: %s at %s starts %s. Reply STOP to unsubscribe, or SWAP to offer your shift to the waitlist.',
            $message['name'], $shift['role'], $shift['pantry'], $shift['starts']);
        $GLOBALS['reminder_timers'][$connection->id] = Timer::add(900, function () use ($connection, $text, $message): void {
            $connection->send(json_encode(['type' => 'reminder', 'text' => $text, 'locale' => $message['phone_locale']]));
        });
        $connection->send(json_encode(['type' => 'subscribed', 'volunteer' => $connection->volunteer]));
    };

    $worker->onClose = function (TcpConnection $connection): void {
        $connection->volunteer = null;
        if (isset($GLOBALS['reminder_timers'][$connection->id])) {
            Timer::del($GLOBALS['reminder_timers'][$connection->id]);
            unset($GLOBALS['reminder_timers'][$connection->id]);
        }
    };

    $worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
}
