<?php
// A ReactPHP-style metrics agent polls a UDP socket on a periodic timer, buffers parsed StatsD points and forwards them to a backend from a second periodic timer.

declare(strict_types=1);

namespace React\EventLoop {

    interface TimerInterface
    {
        public function getInterval(): float;

        public function isPeriodic(): bool;
    }

    final class Timer implements TimerInterface
    {
        /** @var callable */
        public $callback;

        public function __construct(private float $interval, callable $callback, private bool $periodic)
        {
            $this->callback = $callback;
        }

        public function getInterval(): float
        {
            return $this->interval;
        }

        public function isPeriodic(): bool
        {
            return $this->periodic;
        }
    }

    /**
     * Deterministic stand-in for an event loop: runs timers against a virtual clock.
     */
    final class VirtualLoop
    {
        private float $now = 0.0;
        private bool $running = false;
        /** @var array<int, Timer> */
        private array $timers = [];
        /** @var array<int, float> */
        private array $dueAt = [];

        public function addTimer(float $interval, callable $callback): TimerInterface
        {
            return $this->schedule(new Timer($interval, $callback, false));
        }

        public function addPeriodicTimer(float $interval, callable $callback): TimerInterface
        {
            return $this->schedule(new Timer($interval, $callback, true));
        }

        public function cancelTimer(TimerInterface $timer): void
        {
            $id = spl_object_id($timer);
            unset($this->timers[$id], $this->dueAt[$id]);
        }

        public function run(): void
        {
            $this->running = true;
            while ($this->running && $this->dueAt !== []) {
                asort($this->dueAt);
                $id = array_key_first($this->dueAt);
                $timer = $this->timers[$id];
                $this->now = $this->dueAt[$id];
                if ($timer->isPeriodic()) {
                    $this->dueAt[$id] = $this->now + $timer->getInterval();
                } else {
                    unset($this->timers[$id], $this->dueAt[$id]);
                }
                ($timer->callback)($timer);
            }
        }

        public function stop(): void
        {
            $this->running = false;
        }

        private function schedule(Timer $timer): Timer
        {
            $id = spl_object_id($timer);
            $this->timers[$id] = $timer;
            $this->dueAt[$id] = $this->now + $timer->getInterval();

            return $timer;
        }
    }
}

namespace Agent\Metrics {

    final class MetricPoint
    {
        /** @param array<string, string> $tags */
        public function __construct(
            public readonly string $name,
            public readonly float $value,
            public readonly string $type,
            public readonly array $tags,
        ) {}
    }

    final class StatsdParser
    {
        public function parse(string $datagram): ?MetricPoint
        {
            if (!preg_match('/^([^:]+):([\d.]+)\|(c|ms|g)(?:\|#(.*))?$/', $datagram, $m)) {
                return null;
            }
            $tags = [];
            foreach (explode(',', $m[4] ?? '') as $pair) {
                [$k, $v] = array_pad(explode(':', $pair, 2), 2, '');
                if ($k !== '') {
                    $tags[$k] = $v;
                }
            }

            return new MetricPoint($m[1], (float) $m[2], $m[3], $tags);
        }
    }

    interface BackendInterface
    {
        /** @param list<MetricPoint> $points */
        public function send(array $points): void;
    }

    final class NullBackend implements BackendInterface
    {
        public int $batches = 0;

        public function send(array $points): void
        {
            $this->batches++;
        }
    }

    /**
     * Collects points and hands them to the backend in batches.
     */
    final class PointBuffer
    {
        /** @var list<MetricPoint> */
        private array $points = [];

        /**
         * @param int $maxBufferSize number of points that triggers a forward on the next flush tick
         */
        public function __construct(
            private readonly BackendInterface $backend,
            private readonly int $maxBufferSize,
        ) {}

        public function add(MetricPoint $point): void
        {
            $this->points[] = $point; // leak
        }

        public function shouldFlush(): bool
        {
            return $this->maxBufferSize > 0 && count($this->points) >= $this->maxBufferSize;
        }

        public function flush(): void
        {
            if ($this->points === []) {
                return;
            }
            $this->backend->send($this->points);
            $this->points = [];
        }
    }

    /**
     * Stand-in for a non-blocking UDP socket: returns one datagram per poll.
     */
    final class DatagramSource
    {
        private int $received = 0;

        public function __construct(private readonly int $limit) {}

        public function exhausted(): bool
        {
            return $this->received >= $this->limit;
        }

        public function read(): string
        {
            $i = ++$this->received;
            $route = ['app_home', 'app_product_show', 'app_cart', 'api_search'][$i % 4];

            return sprintf(
                'http.server.duration:%d|ms|#route:%s,status:%d,host:web-%02d.eu-central-1.internal,request_id:%s,user_agent:%s',
                12 + $i % 90,
                $route,
                [200, 200, 302, 404][$i % 4],
                $i % 16,
                bin2hex(pack('N2', $i, $i * 2654435761)),
                'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.' . $i . '.0 Safari/537.36',
            );
        }
    }
}

namespace {

    use Agent\Metrics\DatagramSource;
    use Agent\Metrics\NullBackend;
    use Agent\Metrics\PointBuffer;
    use Agent\Metrics\StatsdParser;
    use React\EventLoop\VirtualLoop;

    $config = [
        'poll_interval' => 0.01,
        'flush_interval' => 1.0,
        'max_buffer_size' => 0,
        'backend' => 'null://',
    ];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $loop = new VirtualLoop();
    $source = new DatagramSource($n);
    $parser = new StatsdParser();
    $buffer = new PointBuffer(new NullBackend(), (int) $config['max_buffer_size']);
    register_shutdown_function([$buffer, 'flush']);

    $loop->addPeriodicTimer($config['poll_interval'], static function () use ($loop, $source, $parser, $buffer): void {
        if ($source->exhausted()) {
            $loop->stop();
            return;
        }
        $point = $parser->parse($source->read());
        if ($point !== null) {
            $buffer->add($point);
        }
    });

    $loop->addPeriodicTimer($config['flush_interval'], static function () use ($buffer): void {
        if ($buffer->shouldFlush()) {
            $buffer->flush();
        }
    });

    $loop->run();
}
