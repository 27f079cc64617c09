<?php
// Workerman push gateway for a social gaming app: activity events (reactions,
// replies, mentions, clip likes) fan out as pushes, rate limited per
// recipient; what the limiter holds back goes into a digest sent later.

namespace Workerman {
    class Worker
    {
        public $onMessage = null;
        public $onWorkerStart = null;
        public function __construct(public string $socketName = '') {}
    }
}

namespace Workerman\Connection {
    class TcpConnection
    {
        public array $out = [];
        public function send(string $data): bool { $this->out[] = $data; return true; }
    }
}

namespace PushGateway {

    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    interface PushTransport
    {
        public function deliver(string $recipient, array $payload): void;
    }

    final class ApnsFcmTransport implements PushTransport
    {
        public int $delivered = 0;
        private string $lastBody = '';

        public function deliver(string $recipient, array $payload): void
        {
            $this->lastBody = json_encode(['to' => $recipient] + $payload);
            $this->delivered++;
        }
    }

    /** At most $max events per $windowSec per key. */
    final class SlidingWindowLimiter
    {
        /** @var array<string, list<int>> */
        private array $hits = [];

        public function __construct(private readonly int $max, private readonly int $windowSec) {}

        public function attempt(string $key, int $now): bool
        {
            $recent = array_filter($this->hits[$key] ?? [], fn (int $t) => $t > $now - $this->windowSec);
            if (count($recent) >= $this->max) {
                $this->hits[$key] = array_values($recent);
                return false;
            }
            $recent[] = $now;
            $this->hits[$key] = array_values($recent);
            return true;
        }

        public function sweep(int $now): void
        {
            foreach ($this->hits as $key => $times) {
                if (max($times) <= $now - $this->windowSec) {
                    unset($this->hits[$key]);
                }
            }
        }
    }

    /** Held-back notifications, sent as one "you have N new…" push. */
    final class DigestBuffer
    {
        private const FLUSH_AT = 5;

        /** @var array<string, list<array>> */
        private array $pending = [];
        private int $held = 0;

        public function __construct(private readonly PushTransport $transport) {}

        public function hold(string $recipient, array $notification): void
        {
            $this->pending[$recipient][] = $notification;
            if (++$this->held >= self::FLUSH_AT) {
                $this->flushAll();
            }
        }

        private function flushAll(): void
        {
            foreach ($this->pending as $recipient => $items) {
                $this->transport->deliver($recipient, [
                    'title' => sprintf('%d new notifications', count($items)),
                    'kinds' => array_values(array_unique(array_column($items, 'kind'))),
                ]);
            }
            $this->pending = [];
            $this->held = 0;
        }
    }

    final class ActivityFanout
    {
        public function __construct(
            private readonly SlidingWindowLimiter $limiter,
            private readonly DigestBuffer $digest,
            private readonly PushTransport $transport,
        ) {}

        public function publish(array $event, int $now): array
        {
            $stats = ['pushed' => 0, 'held' => 0];
            foreach ($event['recipients'] as $recipient) {
                $notification = $this->render($event, $now);
                if ($this->limiter->attempt('push:' . $recipient, $now)) {
                    $this->transport->deliver($recipient, $notification);
                    $stats['pushed']++;
                } else {
                    $this->digest->hold($recipient, $notification);
                    $stats['held']++;
                }
            }
            $this->limiter->sweep($now);
            return $stats;
        }

        private function render(array $event, int $now): array
        {
            return [
                'kind' => $event['kind'],
                'actor' => $event['actor'],
                'title' => sprintf('%s %s', $event['actor_name'], match ($event['kind']) {
                    'reaction' => 'reacted to your clip',
                    'reply' => 'replied to your post',
                    'mention' => 'mentioned you in a squad chat',
                    default => 'did something',
                }),
                'preview' => substr($event['text'], 0, 140),
                'deeplink' => sprintf('gameapp://%s/%s', $event['kind'], $event['object_id']),
                'at' => $now,
            ];
        }
    }

    $transport = new ApnsFcmTransport();
    $fanout = new ActivityFanout(new SlidingWindowLimiter(2, 60), new DigestBuffer($transport), $transport);

    $worker = new Worker('websocket://0.0.0.0:8282');
    $clock = 1719000000;
    $worker->onMessage = function (TcpConnection $conn, string $data) use ($fanout, &$clock): void {
        $batch = json_decode($data, true, 8, JSON_THROW_ON_ERROR);
        $clock += 7;
        $total = ['pushed' => 0, 'held' => 0];
        foreach ($batch['events'] as $event) {
            $stats = $fanout->publish($event, $clock);
            $total['pushed'] += $stats['pushed'];
            $total['held'] += $stats['held'];
        }
        $conn->send(json_encode($total));
    };

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $conn = new TcpConnection();
    for ($i = 0; $i < $n; $i++) {
        // One clip blowing up: several people react to / reply to the same creator.
        $creator = 'usr_' . (400000 + $i * 29);
        $events = [];
        foreach (['reaction', 'reply', 'reaction', 'mention'] as $k => $kind) {
            $events[] = [
                'kind' => $kind,
                'actor' => 'usr_' . (10 + ($i * 4 + $k) % 9000),
                'actor_name' => 'Fan' . (($i * 4 + $k) % 9000),
                'recipients' => [$creator],
                'object_id' => 'clip_' . dechex(0xa000 + $i),
                'text' => "that clutch at the end was unreal, how did you hit that flick #$i-$k",
            ];
        }
        ($worker->onMessage)($conn, json_encode(['events' => $events]));
        $conn->out = [];
    }
}
