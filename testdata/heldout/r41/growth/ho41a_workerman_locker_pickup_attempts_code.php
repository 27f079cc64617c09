<?php

declare(strict_types=1);

namespace Workerman\Connection {
    final class TcpConnection
    {
        public string $buffer = '';

        public function __construct(public readonly string $remoteAddress, public readonly int $id)
        {
        }

        public function send(string $payload): void
        {
            $this->buffer = $payload;
        }

        public function getRemoteIp(): string
        {
            return explode(':', $this->remoteAddress)[0];
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    // Stand-in for a Workerman text-protocol worker: each locker terminal
    // connects, sends one frame and disconnects.
    final class Worker
    {
        public ?\Closure $onMessage = null;
        public ?\Closure $onClose = null;

        public function __construct(public readonly string $listen)
        {
        }

        public function runFrames(int $frames, \Closure $frameFor): void
        {
            for ($i = 0; $i < $frames; $i++) {
                [$address, $payload] = $frameFor($i);
                $connection = new TcpConnection($address, $i);
                ($this->onMessage)($connection, $payload);
                ($this->onClose)($connection);
            }
        }
    }
}

namespace ParcelLocker\Security {
    trait ThrottlesPickupAttempts
    {
        /** @var array<string, array{count: int, locker: string, ip: string, last: string}> */
        private static array $pickupAttempts = [];

        protected function registerAttempt(string $key, string $locker, string $ip, string $frame): int
        {
            $previous = self::$pickupAttempts[$key]['count'] ?? 0;
            self::$pickupAttempts[$key] = [ // leak
                'count' => $previous + 1,
                'locker' => $locker,
                'ip' => $ip,
                'last' => $frame,
            ];

            return $previous + 1;
        }

        protected function tooManyAttempts(string $key): bool
        {
            return (self::$pickupAttempts[$key]['count'] ?? 0) > 5;
        }
    }
}

namespace ParcelLocker\Terminal {
    use ParcelLocker\Security\ThrottlesPickupAttempts;
    use Workerman\Connection\TcpConnection;

    final class PickupFrame
    {
        public function __construct(
            public readonly string $lockerId,
            public readonly string $pickupCode,
            public readonly string $phoneSuffix,
            public readonly string $firmware,
        ) {
        }

        public static function parse(string $raw): self
        {
            $fields = [];
            foreach (explode(';', $raw) as $pair) {
                [$k, $v] = explode('=', $pair, 2);
                $fields[$k] = $v;
            }

            return new self($fields['locker'], $fields['code'], $fields['phone'], $fields['fw']);
        }
    }

    final class PickupCodeVerifier
    {
        use ThrottlesPickupAttempts;

        /** @param array<string, string> $codes pickup code => compartment, loaded at boot */
        public function __construct(private array $codes)
        {
        }

        public function handle(TcpConnection $connection, string $raw): void
        {
            $frame = PickupFrame::parse($raw);
            $key = $this->throttleKey($connection, $frame);

            if ($this->tooManyAttempts($key)) {
                $connection->send('ERR LOCKED');
                return;
            }
            $this->registerAttempt($key, $frame->lockerId, $connection->getRemoteIp(), $raw);

            $compartment = $this->codes[$frame->pickupCode] ?? null;
            $connection->send($compartment === null ? 'ERR CODE' : 'OPEN ' . $compartment);
        }

        private function throttleKey(TcpConnection $connection, PickupFrame $frame): string
        {
            return "{$frame->lockerId}:{$frame->pickupCode}";
        }
    }
}

namespace {
    use ParcelLocker\Terminal\PickupCodeVerifier;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $verifier = new PickupCodeVerifier(['481516' => 'B07', '234223' => 'A02', '900411' => 'C11']);

    $worker = new Worker('text://0.0.0.0:7420');
    $worker->onMessage = static function (TcpConnection $connection, string $data) use ($verifier): void {
        $verifier->handle($connection, $data);
    };
    $worker->onClose = static function (TcpConnection $connection): void {
        $connection->buffer = '';
    };

    $lockers = ['PL-WAW-0142', 'PL-WAW-0377', 'PL-POZ-0019', 'PL-LDZ-0201'];
    $worker->runFrames((int) (getenv('PHPLEAK_N') ?: 100), static fn (int $i): array => [
        sprintf('10.40.%d.%d:%d', $i % 4, 10 + $i % 200, 40000 + $i % 1000),
        sprintf(
            'locker=%s;code=%06d;phone=%04d;fw=lockos-4.12.%d;slot_sensor=ok;door_temp=%d;battery=%d;sig=%s',
            $lockers[$i % 4],
            (104729 * ($i + 1)) % 1000000,
            $i % 10000,
            $i % 3,
            18 + $i % 5,
            70 + $i % 30,
            hash('sha256', 'frame-' . $i),
        ),
    ]);
}
