<?php

declare(strict_types=1);

// RoadRunner HTTP worker serving the stream-overlay ingest API: casters' score
// bots POST scoreboard events, the worker buffers them and pushes them to the
// overlay fan-out (Centrifugo) after each response.

namespace Spiral\RoadRunner\Http {
    final class Request
    {
        public function __construct(
            public string $method,
            public string $uri,
            public array $headers = [],
            public string $body = '',
            public array $attributes = [],
        ) {
        }
    }

    /** Stand-in for PSR7Worker: waitRequest() blocks on the RR relay until the pool stops the worker. */
    final class HttpWorker
    {
        private int $served = 0;

        public function __construct(private int $maxJobs, private \Closure $relay)
        {
        }

        public function waitRequest(): ?Request
        {
            if ($this->served >= $this->maxJobs) {
                return null;
            }
            return ($this->relay)($this->served++);
        }

        public function respond(int $status, string $body, array $headers = []): void
        {
            // the relay frame is written and forgotten
            strlen($body) + $status + count($headers);
        }
    }
}

namespace App\Overlay {
    final class ScoreboardEvent
    {
        public function __construct(
            public readonly string $matchId,
            public readonly string $kind,
            public readonly int $round,
            public readonly array $teams,
            public readonly array $killfeed,
            public readonly float $at,
        ) {
        }

        public static function fromJson(string $matchId, string $json): self
        {
            $data = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
            return new self($matchId, $data['kind'], $data['round'], $data['teams'], $data['killfeed'], (float) $data['at']);
        }

        public function channel(): string
        {
            return 'overlay:' . $this->matchId;
        }
    }

    interface Publisher
    {
        public function isConnected(): bool;

        public function connect(): bool;

        public function publish(string $channel, array $payloads): void;
    }

    /** Centrifugo HTTP API client; the connection is opened lazily. */
    final class CentrifugoPublisher implements Publisher
    {
        private bool $connected = false;
        private int $published = 0;

        public function __construct(private string $endpoint, private string $apiKey)
        {
        }

        public function isConnected(): bool
        {
            return $this->connected;
        }

        public function connect(): bool
        {
            if (!$this->connected) {
                // keep-alive socket to $this->endpoint, authenticated with the api key
                $this->connected = $this->endpoint !== '' && $this->apiKey !== '';
            }
            return $this->connected;
        }

        public function publish(string $channel, array $payloads): void
        {
            if (!$this->connect()) {
                throw new \RuntimeException('centrifugo unavailable');
            }
            $this->published += strlen(json_encode(['method' => 'broadcast', 'params' => ['channels' => [$channel], 'data' => $payloads]]));
        }
    }

    final class OverlayEventBuffer
    {
        /** @var array<string, list<ScoreboardEvent>> */
        private array $pending = [];

        public function __construct(private Publisher $publisher)
        {
        }

        public function push(ScoreboardEvent $event): void
        {
            $this->pending[$event->channel()][] = $event;
        }

        public function flush(): int
        {
            // Keep the events for the next flush while the fan-out is down.
            if ($this->pending === [] || !$this->publisher->connect()) {
                return 0;
            }
            $sent = 0;
            foreach ($this->pending as $channel => $events) {
                $this->publisher->publish($channel, array_map(static fn (ScoreboardEvent $e) => get_object_vars($e), $events));
                $sent += count($events);
            }
            $this->pending = [];
            return $sent;
        }
    }

    final class IngestController
    {
        public function __construct(private OverlayEventBuffer $buffer)
        {
        }

        public function __invoke(\Spiral\RoadRunner\Http\Request $request): array
        {
            if (!preg_match('#^/overlay/([a-z0-9-]+)/events$#', $request->uri, $m)) {
                return [404, '{"error":"not found"}'];
            }
            $this->buffer->push(ScoreboardEvent::fromJson($m[1], $request->body));
            return [202, '{"queued":true}'];
        }
    }

    /** Runs after the response is written, like a terminable middleware. */
    final class FlushOverlayAfterResponse
    {
        public function __construct(private OverlayEventBuffer $buffer)
        {
        }

        public function terminate(): void
        {
            $this->buffer->flush();
        }
    }
}

namespace {
    use App\Overlay\CentrifugoPublisher;
    use App\Overlay\FlushOverlayAfterResponse;
    use App\Overlay\IngestController;
    use App\Overlay\OverlayEventBuffer;
    use Spiral\RoadRunner\Http\HttpWorker;
    use Spiral\RoadRunner\Http\Request;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $buffer = new OverlayEventBuffer(new CentrifugoPublisher('http://centrifugo:8000/api', 'overlay-ingest-key'));
    $controller = new IngestController($buffer);
    $terminator = new FlushOverlayAfterResponse($buffer);

    $worker = new HttpWorker($n, static function (int $seq): Request {
        $body = json_encode([
            'kind' => $seq % 7 === 0 ? 'round_end' : 'kill',
            'round' => 1 + intdiv($seq, 12) % 30,
            'teams' => [
                ['tag' => 'NAVI', 'score' => $seq % 13, 'economy' => 4200 + $seq % 900],
                ['tag' => 'FAZE', 'score' => $seq % 11, 'economy' => 3900 + $seq % 700],
            ],
            'killfeed' => [
                ['attacker' => 'player_' . ($seq % 10), 'victim' => 'player_' . (($seq + 3) % 10), 'weapon' => 'ak47', 'headshot' => $seq % 2 === 0],
                ['attacker' => 'player_' . (($seq + 5) % 10), 'victim' => 'player_' . (($seq + 7) % 10), 'weapon' => 'awp', 'headshot' => false],
            ],
            'at' => 1700000000 + $seq * 0.25,
        ]);
        return new Request('POST', '/overlay/major-2024-gf-' . ($seq % 3) . '/events', ['Content-Type' => ['application/json']], $body);
    });

    while ($request = $worker->waitRequest()) {
        [$status, $body] = $controller($request);
        $worker->respond($status, $body, ['Content-Type' => 'application/json']);
        $terminator->terminate();
    }
}
