<?php

declare(strict_types=1);

namespace Revolt {
    /** Stand-in for Revolt's event loop: callbacks queued, then run to completion. */
    final class EventLoop
    {
        private static ?\SplQueue $queue = null;

        public static function queue(\Closure $callback, mixed ...$args): void
        {
            self::$queue ??= new \SplQueue();
            self::$queue->enqueue([$callback, $args]);
        }

        public static function run(): void
        {
            while (self::$queue !== null && !self::$queue->isEmpty()) {
                [$callback, $args] = self::$queue->dequeue();
                $callback(...$args);
            }
        }
    }
}

namespace Amp\Http\Client {
    final class Request
    {
        /** @param array<string, string> $headers */
        public function __construct(
            public readonly string $uri,
            public readonly string $method,
            public readonly string $body,
            public readonly array $headers = [],
        ) {
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body = '')
        {
        }
    }

    /** Customers' receivers: some reject event types they do not subscribe to. */
    final class HttpClient
    {
        private int $calls = 0;

        public function request(Request $request): Response
        {
            $this->calls++;
            $event = json_decode($request->body, true)['type'] ?? '';
            if ($event === 'email.opened' && str_contains($request->uri, 'hooks.crm')) {
                return new Response(422, '{"error":"unsupported event"}');
            }
            if ($this->calls % 7 === 0) {
                return new Response(503, 'upstream unavailable');
            }

            return new Response(200, 'ok');
        }
    }
}

namespace App\Webhooks {
    use Amp\Http\Client\HttpClient;
    use Amp\Http\Client\Request;
    use Revolt\EventLoop;

    final class Endpoint
    {
        public int $consecutiveFailures = 0;

        public function __construct(public readonly string $id, public readonly string $url, public readonly string $secret)
        {
        }
    }

    final class Delivery
    {
        public int $attempt = 0;

        public function __construct(
            public readonly string $id,
            public readonly Endpoint $endpoint,
            public readonly string $payload,
        ) {
        }
    }

    final class DeliveryTracker
    {
        /** @var \WeakMap<Delivery, array{attempt: int, started_at: int, trace_id: string}> */
        private \WeakMap $inflight;

        public function __construct()
        {
            $this->inflight = new \WeakMap();
        }

        public function started(Delivery $delivery): void
        {
            $this->inflight[$delivery] = [
                'attempt' => $delivery->attempt,
                'started_at' => hrtime(true),
                'trace_id' => bin2hex(random_bytes(8)),
            ];
        }

        public function finished(Delivery $delivery): void
        {
            unset($this->inflight[$delivery]);
        }

        public function inflightCount(): int
        {
            return count($this->inflight);
        }
    }

    final class WebhookDispatcher
    {
        private const MAX_ATTEMPTS = 3;

        public function __construct(
            private HttpClient $client,
            private DeliveryTracker $tracker,
        ) {
        }

        public function dispatch(Delivery $delivery): void
        {
            EventLoop::queue($this->attempt(...), $delivery);
        }

        private function attempt(Delivery $delivery): void
        {
            $delivery->attempt++;
            $this->tracker->started($delivery);

            $timestamp = (string) (1720000000 + $delivery->attempt);
            $response = $this->client->request(new Request($delivery->endpoint->url, 'POST', $delivery->payload, [
                'webhook-id' => $delivery->id,
                'webhook-timestamp' => $timestamp,
                'webhook-signature' => 'v1,' . base64_encode(hash_hmac('sha256', "{$delivery->id}.{$timestamp}.{$delivery->payload}", $delivery->endpoint->secret, true)),
            ]));

            if ($response->status >= 200 && $response->status < 300) {
                $delivery->endpoint->consecutiveFailures = 0;
                $this->tracker->finished($delivery);

                return;
            }

            if ($response->status >= 400 && $response->status < 500) {
                // receiver rejected the event for good: do not retry 4xx
                $delivery->endpoint->consecutiveFailures++;

                return;
            }

            $this->tracker->finished($delivery);
            if ($delivery->attempt < self::MAX_ATTEMPTS) {
                EventLoop::queue($this->attempt(...), $delivery);
            }
        }
    }

    final class EventFanout
    {
        /** @param list<Endpoint> $endpoints */
        public function __construct(private WebhookDispatcher $dispatcher, private array $endpoints)
        {
        }

        public function publish(string $type, array $data): void
        {
            $payload = json_encode(['type' => $type, 'created_at' => gmdate('c', $data['ts']), 'data' => $data], JSON_UNESCAPED_SLASHES);
            foreach ($this->endpoints as $endpoint) {
                $this->dispatcher->dispatch(new Delivery('msg_' . bin2hex(random_bytes(12)), $endpoint, $payload));
            }
            EventLoop::run();
        }
    }
}

namespace {
    use Amp\Http\Client\HttpClient;
    use App\Webhooks\DeliveryTracker;
    use App\Webhooks\Endpoint;
    use App\Webhooks\EventFanout;
    use App\Webhooks\WebhookDispatcher;

    $fanout = new EventFanout(
        new WebhookDispatcher(new HttpClient(), new DeliveryTracker()),
        [
            new Endpoint('ep_01', 'https://hooks.crm.customer-a.test/acme-mail', 'whsec_a1'),
            new Endpoint('ep_02', 'https://analytics.customer-b.test/ingest/email', 'whsec_b2'),
            new Endpoint('ep_03', 'https://hooks.crm.customer-c.test/v2/events', 'whsec_c3'),
        ],
    );

    $types = ['email.sent', 'email.delivered', 'email.opened', 'email.clicked'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $fanout->publish($types[$i % 2 === 0 ? 2 : ($i >> 1) % 4], [
            'ts' => 1720000000 + $i * 5,
            'email_id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $i, $i % 65536, $i % 4096, ($i * 7) % 4096, $i * 977),
            'to' => ["reader{$i}@newsletter-subscribers.test"],
            'subject' => 'Weekly product digest #' . (300 + intdiv($i, 50)) . ': what shipped this week',
            'user_agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
            'ip' => '192.0.2.' . ($i % 254),
            'tags' => ['campaign' => 'digest-' . intdiv($i, 50), 'list' => 'product-updates'],
        ]);
    }
}
