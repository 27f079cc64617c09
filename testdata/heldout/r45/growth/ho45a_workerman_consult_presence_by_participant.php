<?php

declare(strict_types=1);

namespace Workerman\Connection {

    class TcpConnection
    {
        public static int $nextId = 1;

        public int $id;
        public string $remoteAddress;
        public array $outbox = [];
        public int $sent = 0;
        public ?\Closure $onClose = null;

        public function __construct(string $remoteAddress)
        {
            $this->id = self::$nextId++;
            $this->remoteAddress = $remoteAddress;
        }

        public function send(string $payload): bool
        {
            $this->sent += \strlen($payload);
            return true;
        }

        public function getRemoteIp(): string
        {
            return \explode(':', $this->remoteAddress)[0];
        }

        public function close(?string $data = null): void
        {
            if ($data !== null) {
                $this->send($data);
            }
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    class Worker
    {
        /** @var array<int, Worker> */
        protected static array $workers = [];

        public string $name = 'none';
        public int $count = 1;
        public $onWorkerStart = null;
        public $onConnect = null;
        public $onMessage = null;
        public $onClose = null;

        public function __construct(public string $socketName = '')
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $rounds = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
            }
            for ($i = 0; $i < $rounds; $i++) {
                foreach (self::$workers as $worker) {
                    $worker->simulateClient($i);
                }
            }
        }

        protected function simulateClient(int $i): void
        {
            $connection = new TcpConnection(sprintf('10.8.%d.%d:%d', intdiv($i, 250) % 250, $i % 250, 40000 + $i));
            if ($this->onConnect) {
                ($this->onConnect)($connection);
            }
            $join = json_encode([
                'type' => 'join',
                'consult_id' => sprintf('vc-%06d', $i),
                'role' => $i % 3 === 0 ? 'clinician' : 'patient',
                'user_id' => sprintf('usr_%08x', crc32('user' . $i)),
                'display_name' => 'Participant ' . str_pad((string) $i, 6, '0', STR_PAD_LEFT),
                'device' => [
                    'ua' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 PatientPortal/' . (3 + $i % 4) . '.2.' . $i,
                    'camera' => true,
                    'microphone' => true,
                ],
            ]);
            if ($this->onMessage) {
                ($this->onMessage)($connection, $join);
                ($this->onMessage)($connection, json_encode(['type' => 'heartbeat', 'ts' => 1700000000 + $i]));
            }
            if ($this->onClose) {
                ($this->onClose)($connection);
            }
        }
    }
}

namespace Telehealth\Consult {

    use Workerman\Connection\TcpConnection;

    final class Participant
    {
        public function __construct(
            public readonly TcpConnection $connection,
            public readonly string $consultId,
            public readonly string $userId,
            public readonly string $role,
            public readonly string $displayName,
            public readonly string $userAgent,
            public readonly int $joinedAt,
        ) {
        }

        public function isClinician(): bool
        {
            return $this->role === 'clinician';
        }
    }

    final class WaitingRoomPresence
    {
        private \SplObjectStorage $present;

        public function __construct()
        {
            $this->present = new \SplObjectStorage();
        }

        public function join(Participant $participant): void
        {
            $this->present->attach($participant, $participant->consultId); // leak
        }

        public function leave(TcpConnection $connection): void
        {
            $this->present->detach($connection);
        }

        /** @return list<Participant> */
        public function inConsult(string $consultId): array
        {
            $found = [];
            foreach ($this->present as $participant) {
                if ($this->present[$participant] === $consultId) {
                    $found[] = $participant;
                }
            }
            return $found;
        }

        public function count(): int
        {
            return $this->present->count();
        }
    }

    final class PresenceBroadcaster
    {
        public function __construct(private readonly WaitingRoomPresence $presence)
        {
        }

        public function announce(Participant $joined): void
        {
            $event = json_encode([
                'type' => 'presence',
                'consult_id' => $joined->consultId,
                'joined' => $joined->displayName,
                'role' => $joined->role,
            ]);
            foreach ($this->presence->inConsult($joined->consultId) as $other) {
                if ($other !== $joined) {
                    $other->connection->send($event);
                }
            }
        }
    }

    final class SignallingGateway
    {
        private int $clock = 0;

        public function __construct(
            private readonly WaitingRoomPresence $presence,
            private readonly PresenceBroadcaster $broadcaster,
        ) {
        }

        public function onConnect(TcpConnection $connection): void
        {
            $connection->send('{"type":"hello","proto":"consult-signal/2"}');
        }

        public function onMessage(TcpConnection $connection, string $data): void
        {
            $frame = json_decode($data, true, 16, JSON_THROW_ON_ERROR);
            switch ($frame['type'] ?? '') {
                case 'join':
                    $participant = new Participant(
                        $connection,
                        (string) $frame['consult_id'],
                        (string) $frame['user_id'],
                        (string) $frame['role'],
                        (string) $frame['display_name'],
                        (string) ($frame['device']['ua'] ?? 'unknown'),
                        ++$this->clock,
                    );
                    $this->presence->join($participant);
                    $this->broadcaster->announce($participant);
                    $connection->send(json_encode(['type' => 'joined', 'waiting' => $this->presence->count()]));
                    break;
                case 'heartbeat':
                    $connection->send('{"type":"heartbeat_ack"}');
                    break;
                default:
                    $connection->send('{"type":"error","code":"unknown_frame"}');
            }
        }

        public function onClose(TcpConnection $connection): void
        {
            $this->presence->leave($connection);
        }
    }
}

namespace {

    use Telehealth\Consult\PresenceBroadcaster;
    use Telehealth\Consult\SignallingGateway;
    use Telehealth\Consult\WaitingRoomPresence;
    use Workerman\Worker;

    $worker = new Worker('websocket://0.0.0.0:8443');
    $worker->name = 'consult-signalling';
    $worker->count = 1;

    $worker->onWorkerStart = function (Worker $worker): void {
        $presence = new WaitingRoomPresence();
        $gateway = new SignallingGateway($presence, new PresenceBroadcaster($presence));

        $worker->onConnect = [$gateway, 'onConnect'];
        $worker->onMessage = [$gateway, 'onMessage'];
        $worker->onClose = [$gateway, 'onClose'];
    };

    Worker::runAll();
}
