<?php
// Workerman websocket endpoint that receives batched playback reports from
// the video player and fans each report out to the analytics beacons.

namespace Workerman\Connection {

    final class TcpConnection
    {
        public int $id;
        public string $lastSent = '';

        public function __construct(int $id)
        {
            $this->id = $id;
        }

        public function send(string $data): void
        {
            $this->lastSent = $data;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    final class Worker
    {
        /** @var callable|null */
        public $onMessage = null;
        public int $count = 1;
        public string $name = 'none';

        public function __construct(public string $socketName)
        {
        }

        public static function runAll(Worker $worker): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $connection = new TcpConnection(1);
            for ($i = 0; $i < $n; $i++) {
                $events = [
                    ['type' => 'play', 'position' => 0.0, 'bitrate' => 2500],
                    ['type' => 'rebuffer', 'position' => 12.5 + $i % 7, 'duration_ms' => 640 + $i % 300],
                    ['type' => 'quartile', 'position' => 45.0, 'quartile' => 1],
                ];
                if ($i % 4 === 0) {
                    $events[] = ['type' => 'ended', 'position' => 181.0];
                }
                ($worker->onMessage)($connection, json_encode([
                    'session' => sprintf('ps_%x_%d', 0xbeef00 + $i, 1709290000 + $i),
                    'video' => 'vid_' . (120000 + $i % 500),
                    'edge' => ['lhr-edge-3', 'fra-edge-1', 'iad-edge-7'][$i % 3],
                    'ua' => 'Mozilla/5.0 (SMART-TV; Linux; Tizen 6.5) AppleWebKit/537.36 VidstreamPlayer/4.' . ($i % 9),
                    'events' => $events,
                ]));
            }
        }
    }
}

namespace Vidstream\Playback {

    final class PlaybackSession implements \SplSubject
    {
        private \SplObjectStorage $observers;
        private string $state = 'created';
        private array $lastEvent = [];

        public function __construct(
            public readonly string $sessionId,
            public readonly string $videoId,
            public readonly string $edge,
            public readonly string $userAgent,
        ) {
            $this->observers = new \SplObjectStorage();
        }

        public function attach(\SplObserver $observer): void
        {
            $this->observers->attach($observer); // leak
        }

        public function detach(\SplObserver $observer): void
        {
            $this->observers->detach($observer);
        }

        public function notify(): void
        {
            foreach ($this->observers as $observer) {
                $observer->update($this);
            }
        }

        public function apply(array $event): void
        {
            $this->state = $event['type'];
            $this->lastEvent = $event;
            $this->notify();
        }

        public function state(): string
        {
            return $this->state;
        }

        public function lastEvent(): array
        {
            return $this->lastEvent;
        }

        public function end(): void
        {
            foreach (iterator_to_array($this->observers, false) as $observer) {
                $observer->flush();
                $this->detach($observer);
            }
        }
    }

    abstract class Beacon implements \SplObserver
    {
        /** @var list<string> */
        protected array $samples = [];

        public function __construct(
            protected PlaybackSession $session, // leak
            protected string $endpoint,
        ) {
        }

        abstract public function update(\SplSubject $subject): void;

        public function flush(): string
        {
            $payload = $this->endpoint . '?sid=' . rawurlencode($this->session->sessionId) . '&d=' . implode(',', $this->samples);
            $this->samples = [];
            return $payload;
        }
    }

    final class QoeBeacon extends Beacon
    {
        public function update(\SplSubject $subject): void
        {
            $event = $this->session->lastEvent();
            if ($event['type'] === 'rebuffer') {
                $this->samples[] = sprintf('rb:%s:%.1f:%d', $this->session->edge, $event['position'], $event['duration_ms']);
            }
        }
    }

    final class AdBeacon extends Beacon
    {
        public function update(\SplSubject $subject): void
        {
            $event = $this->session->lastEvent();
            if ($event['type'] === 'quartile' || $event['type'] === 'play') {
                $this->samples[] = sprintf('%s:%s:%s', $event['type'], $this->session->videoId, $event['quartile'] ?? 0);
            }
        }
    }

    final class BeaconFactory
    {
        /** @param array<class-string<Beacon>, string> $endpoints */
        public function __construct(private array $endpoints)
        {
        }

        public function attachTo(PlaybackSession $session): void
        {
            foreach ($this->endpoints as $class => $endpoint) {
                $session->attach(new $class($session, $endpoint)); // leak
            }
        }
    }

    final class ReportProcessor
    {
        private int $reports = 0;

        public function __construct(private BeaconFactory $beacons)
        {
        }

        public function process(array $report): array
        {
            $session = new PlaybackSession(
                (string) $report['session'],
                (string) $report['video'],
                (string) $report['edge'],
                (string) $report['ua'],
            );
            $this->beacons->attachTo($session);

            foreach ($report['events'] as $event) {
                $session->apply($event);
            }
            if ($session->state() === 'ended') {
                $session->end();
            }

            $this->reports++;
            return ['ok' => true, 'session' => $session->sessionId, 'state' => $session->state()];
        }
    }
}

namespace {

    use Vidstream\Playback\AdBeacon;
    use Vidstream\Playback\BeaconFactory;
    use Vidstream\Playback\QoeBeacon;
    use Vidstream\Playback\ReportProcessor;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $processor = new ReportProcessor(new BeaconFactory([
        QoeBeacon::class => 'https://qoe.vidstream.example/v1/collect',
        AdBeacon::class => 'https://ads.vidstream.example/track',
    ]));

    $worker = new Worker('websocket://0.0.0.0:8282');
    $worker->name = 'playback-reports';
    $worker->onMessage = function (TcpConnection $connection, string $data) use ($processor): void {
        $report = json_decode($data, true);
        if (!is_array($report) || !isset($report['session'], $report['events'])) {
            $connection->send('{"ok":false}');
            return;
        }
        $connection->send(json_encode($processor->process($report)));
    };

    Worker::runAll($worker);
}
