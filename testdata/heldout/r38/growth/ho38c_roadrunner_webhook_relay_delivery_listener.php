<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {
    // Stand-in for the RoadRunner PSR-7 worker: hands out requests until the
    // server tells the worker to stop.
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private readonly int $maxJobs, private readonly \Closure $source)
        {
        }

        public function waitRequest(): ?array
        {
            if ($this->served >= $this->maxJobs) {
                return null;
            }

            return ($this->source)($this->served++);
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace App\Relay {
    final class Delivery
    {
        public function __construct(
            public readonly string $id,
            public readonly string $event,
            public readonly string $repository,
            public readonly string $payload,
            public readonly string $target,
            public readonly int $receivedAt,
        ) {
        }
    }

    final class DeliveryEvents
    {
        private \SplObjectStorage $listeners;

        public function __construct()
        {
            $this->listeners = new \SplObjectStorage();
        }

        public function on(\Closure $listener, string $topic): void
        {
            $this->listeners->attach($listener, $topic); // leak
        }

        public function off(\Closure $listener): void
        {
            $this->listeners->detach($listener);
        }

        public function emit(string $topic, array $status): void
        {
            foreach ($this->listeners as $listener) {
                if ($this->listeners[$listener] === $topic) {
                    $listener($status);
                }
            }
        }
    }

    final class DeliveryTracker
    {
        private array $counters = ['delivered' => 0, 'failed' => 0];
        private ?string $lastFailure = null;

        public function listenerFor(Delivery $delivery): \Closure
        {
            return function (array $status) use ($delivery): void {
                $key = $status['code'] < 400 ? 'delivered' : 'failed';
                ++$this->counters[$key];
                if ($key === 'failed') {
                    $this->lastFailure = sprintf('%s %s -> %s failed with %d', $delivery->event, $delivery->id, $delivery->target, $status['code']);
                }
            };
        }
    }

    final class HttpRelayClient
    {
        /** Downstream hosts currently answering 5xx (from the health checker). */
        public function __construct(private readonly array $degradedHosts)
        {
        }

        public function post(string $url, string $body, array $headers): int
        {
            $host = parse_url($url, PHP_URL_HOST);

            return \in_array($host, $this->degradedHosts, true) ? 502 : 202;
        }
    }

    final class WebhookRelay
    {
        public function __construct(
            private readonly DeliveryEvents $events,
            private readonly DeliveryTracker $tracker,
            private readonly HttpRelayClient $client,
            private readonly string $secret,
        ) {
        }

        public function relay(Delivery $delivery): int
        {
            $topic = 'delivery.' . $delivery->id;
            $listener = $this->tracker->listenerFor($delivery);
            $this->events->on($listener, $topic); // leak

            $code = $this->client->post($delivery->target, $delivery->payload, [
                'X-GitHub-Event' => $delivery->event,
                'X-GitHub-Delivery' => $delivery->id,
                'X-Hub-Signature-256' => 'sha256=' . hash_hmac('sha256', $delivery->payload, $this->secret),
            ]);
            $this->events->emit($topic, ['code' => $code, 'at' => $delivery->receivedAt]);

            if ($code >= 500) {
                // left for the retry scheduler, which re-sends by delivery id
                return 202;
            }

            $this->events->off($listener);

            return $code;
        }
    }
}

namespace {
    use App\Relay\Delivery;
    use App\Relay\DeliveryEvents;
    use App\Relay\DeliveryTracker;
    use App\Relay\HttpRelayClient;
    use App\Relay\WebhookRelay;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $relay = new WebhookRelay(
        new DeliveryEvents(),
        new DeliveryTracker(),
        new HttpRelayClient(['hooks.legacy-jenkins.acme.internal']),
        'whsec_6f1c0b9e2d',
    );

    $targets = [
        'https://hooks.buildkite.acme.internal/github',
        'https://hooks.legacy-jenkins.acme.internal/github-webhook/',
        'https://hooks.argocd.acme.internal/api/webhook',
    ];
    $events = ['push', 'pull_request', 'check_run', 'release'];

    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100), static function (int $i) use ($targets, $events): array {
        $event = $events[$i % 4];

        return [
            'headers' => ['X-GitHub-Event' => $event, 'X-GitHub-Delivery' => sprintf('%08x-5f2e-11ee-8c99-%012x', 0x1a2b0000 + $i, $i * 7919)],
            'target' => $targets[$i % 3],
            'body' => json_encode([
                'ref' => 'refs/heads/feature/CI-' . (300 + $i),
                'before' => sha1("before-$i"),
                'after' => sha1("after-$i"),
                'repository' => ['full_name' => 'acme/monorepo', 'id' => 58123],
                'pusher' => ['name' => 'dev' . ($i % 17), 'email' => 'dev' . ($i % 17) . '@acme.example'],
                'sender' => ['login' => 'dev' . ($i % 17), 'avatar_url' => 'https://avatars.githubusercontent.com/u/' . (710000 + $i % 17) . '?v=4', 'type' => 'User'],
                'head_commit' => ['id' => sha1("after-$i"), 'message' => "Fix flaky integration test #$i in payments suite", 'timestamp' => date(DATE_ATOM, 1700000000 + $i * 60), 'modified' => ['services/payments/tests/Integration/RefundFlowTest.php', 'services/payments/src/Gateway/RetryPolicy.php']],
                'compare' => 'https://github.com/acme/monorepo/compare/' . substr(sha1("before-$i"), 0, 12) . '...' . substr(sha1("after-$i"), 0, 12),
            ]),
            'time' => 1700000000 + $i * 60,
        ];
    });

    while ($request = $worker->waitRequest()) {
        $delivery = new Delivery(
            $request['headers']['X-GitHub-Delivery'],
            $request['headers']['X-GitHub-Event'],
            'acme/monorepo',
            $request['body'],
            $request['target'],
            $request['time'],
        );
        $worker->respond($relay->relay($delivery), '');
    }
}
