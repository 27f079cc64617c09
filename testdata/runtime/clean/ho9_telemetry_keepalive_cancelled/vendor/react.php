<?php

namespace React\EventLoop {
    interface TimerInterface
    {
        public function getInterval(): float;
    }

    final class Timer implements TimerInterface
    {
        public function __construct(private float $interval, public readonly \Closure $callback, public readonly bool $periodic) {}

        public function getInterval(): float
        {
            return $this->interval;
        }
    }

    final class Loop
    {
        /** @var array<int, TimerInterface> */
        private static array $timers = [];

        public static function addPeriodicTimer(float $interval, callable $callback): TimerInterface
        {
            $timer = new Timer($interval, \Closure::fromCallable($callback), true);
            self::$timers[spl_object_id($timer)] = $timer;
            return $timer;
        }

        public static function cancelTimer(TimerInterface $timer): void
        {
            unset(self::$timers[spl_object_id($timer)]);
        }
    }
}

namespace React\Socket {
    final class Connection
    {
        private array $listeners = [];

        public function __construct(public readonly string $remoteAddress) {}

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function emit(string $event, array $args = []): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener(...$args);
            }
            if ($event === 'close') {
                $this->listeners = [];
            }
        }

        public function write(string $data): bool
        {
            return true;
        }
    }

    final class SocketServer
    {
        private $onConnection;

        public function __construct(public readonly string $uri) {}

        public function on(string $event, callable $listener): void
        {
            $this->onConnection = $listener;
        }

        public function acceptAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $connection = new Connection('10.0.' . ($i % 250) . '.7:50' . $i);
                ($this->onConnection)($connection);
                $connection->emit('data', ["device-{$i};temp=21.5;" . str_repeat('hum=40;', 40)]);
                $connection->emit('close');
            }
        }
    }
}
