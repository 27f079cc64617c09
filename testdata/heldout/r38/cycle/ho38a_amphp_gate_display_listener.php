<?php

declare(strict_types=1);

/*
 * Gate display driver on AMPHP: the FIDS hub sends one message per gate
 * event; each is rendered by a short-lived GateDisplaySession that
 * subscribes its renderer to the gate's channel, replays the update and
 * pushes the screen to the panel above the podium.
 */

namespace Revolt {

    final class EventLoop
    {
        /** @var list<\Closure> */
        private static array $queue = [];

        public static function queue(\Closure $closure, mixed ...$args): void
        {
            self::$queue[] = static fn () => $closure(...$args);
        }

        public static function run(): void
        {
            while (self::$queue !== []) {
                $next = array_shift(self::$queue);
                $next();
            }
        }
    }
}

namespace Amp {

    use Revolt\EventLoop;

    /** @param \Closure(): void $task */
    function async(\Closure $task): void
    {
        EventLoop::queue($task);
    }
}

namespace Airport\Fids {

    final class ScreenTemplates
    {
        private static ?self $instance = null;

        /** @param array<string, string> $layouts */
        private function __construct(private array $layouts)
        {
        }

        public static function shared(): self
        {
            return self::$instance ??= new self([
                'header' => 'GATE %s  %s',
                'flight' => '%-7s %-18s %5s  %s',
                'footer' => 'Boarding by group number. Have your boarding pass ready. %s',
            ]);
        }

        public function line(string $layout, string ...$values): string
        {
            return sprintf($this->layouts[$layout], ...$values);
        }
    }

    final class GateChannel
    {
        /** @var array<string, list<\Closure>> */
        private array $subscribers = [];

        public function __construct(public readonly string $gate)
        {
        }

        public function subscribe(string $topic, \Closure $listener): void
        {
            $this->subscribers[$topic][] = $listener; // leak
        }

        public function publish(string $topic, array $payload): void
        {
            foreach ($this->subscribers[$topic] ?? [] as $listener) {
                $listener($payload);
            }
        }

        public function close(): void
        {
            $this->subscribers = [];
        }
    }

    final class GateDisplaySession
    {
        private GateChannel $channel;

        /** @var list<string> */
        private array $screen = [];

        public function __construct(string $gate, private PanelClient $panel)
        {
            $this->channel = new GateChannel($gate);
        }

        public function open(): GateChannel
        {
            $this->channel->subscribe('flight.update', $this->render(...)); // leak
            return $this->channel;
        }

        public function close(): void
        {
            $this->channel->close();
        }

        private function render(array $update): void
        {
            $templates = ScreenTemplates::shared();
            $this->screen = [
                $templates->line('header', $this->channel->gate, $update['status']),
                $templates->line('flight', $update['flight'], $update['destination'], $update['std'], $update['remark']),
            ];
            foreach ($update['codeshares'] as $codeshare) {
                $this->screen[] = $templates->line('flight', $codeshare, $update['destination'], $update['std'], '');
            }
            $this->screen[] = $templates->line('footer', $update['boarding_groups']);
            $this->panel->push($this->channel->gate, implode("\n", $this->screen));
        }
    }

    final class PanelClient
    {
        public int $frames = 0;

        public function push(string $gate, string $frame): void
        {
            $this->frames++;
        }
    }

    final class GateEventConsumer
    {
        public function __construct(private PanelClient $panel)
        {
        }

        public function handle(array $event): void
        {
            $session = new GateDisplaySession($event['gate'], $this->panel);
            $channel = $session->open();
            $channel->publish('flight.update', $event);

            if ($event['status'] === 'GATE CLOSED') {
                $session->close();
            }
        }
    }
}

namespace {

    use Airport\Fids\GateEventConsumer;
    use Airport\Fids\PanelClient;
    use Revolt\EventLoop;

    use function Amp\async;

    $consumer = new GateEventConsumer(new PanelClient());
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $statuses = ['GO TO GATE', 'BOARDING', 'FINAL CALL', 'BOARDING', 'GATE CLOSED'];
    $destinations = ['NEW YORK JFK', 'DUBAI', 'SINGAPORE', 'FRANKFURT', 'PARIS CDG', 'LOS ANGELES'];

    for ($i = 0; $i < $n; $i++) {
        $event = [
            'gate' => 'B' . (32 + $i % 16),
            'flight' => sprintf('BA%04d', 100 + $i % 700),
            'destination' => $destinations[$i % count($destinations)],
            'std' => gmdate('H:i', 1714550400 + ($i % 96) * 900),
            'status' => $statuses[$i % count($statuses)],
            'remark' => sprintf('Seq %06d upd %s', $i, gmdate('H:i:s', 1714550400 + $i * 9)),
            'codeshares' => array_slice(['AA' . (6000 + $i % 999), 'IB' . (4000 + $i % 999), 'QR' . (5900 + $i % 99)], 0, $i % 4),
            'boarding_groups' => 'Groups ' . implode(', ', range(1, 1 + $i % 5)),
        ];
        async(static fn () => $consumer->handle($event));
        EventLoop::run();
    }
}
