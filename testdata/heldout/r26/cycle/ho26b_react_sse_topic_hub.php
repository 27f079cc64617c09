<?php
declare(strict_types=1);

// ReactPHP HTTP server pushing Server-Sent Events: GET /events/{topic} opens a
// subscription on the hub, replays what the client missed since its
// Last-Event-ID and streams further events until the browser goes away.

namespace React\Stream {
    final class ThroughStream
    {
        private array $listeners = [];
        private bool $closed = false;
        private int $written = 0;

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function write(string $data): bool
        {
            if ($this->closed) {
                return false;
            }
            $this->written += \strlen($data);

            return true;
        }

        public function isWritable(): bool
        {
            return !$this->closed;
        }

        public function close(): void
        {
            if ($this->closed) {
                return;
            }
            $this->closed = true;
            foreach ($this->listeners['close'] ?? [] as $listener) {
                $listener();
            }
            $this->listeners = [];
        }
    }
}

namespace React\Http\Message {
    final class Response
    {
        public function __construct(
            public readonly int $status,
            public readonly array $headers,
            public readonly object|string $body,
        ) {
        }
    }

    final class ServerRequest
    {
        public function __construct(
            private readonly string $method,
            private readonly string $path,
            private readonly array $headers,
            private readonly array $attributes = [],
        ) {
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[\strtolower($name)] ?? '';
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }
    }
}

namespace App\Sse {
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;
    use React\Stream\ThroughStream;

    final class EventRecord
    {
        public function __construct(
            public readonly int $id,
            public readonly string $topic,
            public readonly string $type,
            public readonly string $data,
        ) {
        }

        public function frame(): string
        {
            return "id: {$this->id}\nevent: {$this->type}\ndata: {$this->data}\n\n";
        }
    }

    final class SseSubscription
    {
        private int $lastSentId;

        public function __construct(
            public readonly string $id,
            public readonly string $topic,
            public readonly ThroughStream $stream,
            private readonly \Closure $onCancel, // leak
            int $resumeFrom,
            public readonly string $userAgent,
        ) {
            $this->lastSentId = $resumeFrom;
        }

        public function push(EventRecord $event): void
        {
            if ($event->id <= $this->lastSentId || !$this->stream->isWritable()) {
                return;
            }
            $this->stream->write($event->frame());
            $this->lastSentId = $event->id;
        }

        public function cancel(): void
        {
            ($this->onCancel)();
            $this->stream->close();
        }
    }

    final class TopicBacklog
    {
        /** @var array<string, list<EventRecord>> */
        private array $recent = [];
        private int $sequence = 0;

        public function append(string $topic, string $type, array $data): EventRecord
        {
            $event = new EventRecord(++$this->sequence, $topic, $type, \json_encode($data));
            $this->recent[$topic][] = $event;
            if (\count($this->recent[$topic]) > 20) {
                \array_shift($this->recent[$topic]);
            }

            return $event;
        }

        /** @return list<EventRecord> */
        public function since(string $topic, int $lastEventId): array
        {
            return \array_values(\array_filter(
                $this->recent[$topic] ?? [],
                static fn (EventRecord $e): bool => $e->id > $lastEventId,
            ));
        }
    }

    final class SubscriptionHub
    {
        /** @var array<string, array<string, SseSubscription>> */
        private array $byTopic = [];

        public function __construct(private readonly TopicBacklog $backlog)
        {
        }

        public function open(string $topic, int $lastEventId, string $userAgent): SseSubscription
        {
            $id = \bin2hex(\random_bytes(8));
            $subscription = null;
            $subscription = new SseSubscription($id, $topic, new ThroughStream(), function () use (&$subscription): void { // leak
                $this->detach($subscription);
            }, $lastEventId, $userAgent);

            $this->byTopic[$topic][$id] = $subscription;
            foreach ($this->backlog->since($topic, $lastEventId) as $missed) {
                $subscription->push($missed);
            }

            return $subscription;
        }

        public function broadcast(EventRecord $event): void
        {
            foreach ($this->byTopic[$event->topic] ?? [] as $subscription) {
                $subscription->push($event);
            }
        }

        private function detach(SseSubscription $subscription): void
        {
            unset($this->byTopic[$subscription->topic][$subscription->id]);
        }
    }

    final class EventStreamController
    {
        public function __construct(private readonly SubscriptionHub $hub)
        {
        }

        public function __invoke(ServerRequest $request): array
        {
            $subscription = $this->hub->open(
                (string) $request->getAttribute('topic'),
                (int) $request->getHeaderLine('Last-Event-ID'),
                $request->getHeaderLine('User-Agent'),
            );

            return [$subscription, new Response(200, [
                'Content-Type' => 'text/event-stream',
                'Cache-Control' => 'no-cache',
                'X-Accel-Buffering' => 'no',
            ], $subscription->stream)];
        }
    }
}

namespace {
    use App\Sse\EventStreamController;
    use App\Sse\SubscriptionHub;
    use App\Sse\TopicBacklog;
    use React\Http\Message\ServerRequest;

    $backlog = new TopicBacklog();
    $hub = new SubscriptionHub($backlog);
    $controller = new EventStreamController($hub);

    $topics = ['match-4411-live', 'match-4412-live', 'league-table'];
    $agents = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0'];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $topic = $topics[$i % count($topics)];
        $event = $backlog->append($topic, 'score', ['minute' => $i % 90, 'home' => intdiv($i, 30) % 4, 'away' => intdiv($i, 45) % 3]);
        $hub->broadcast($event);

        $request = new ServerRequest('GET', '/events/' . $topic, [
            'last-event-id' => (string) max(0, $event->id - 3),
            'user-agent' => $agents[$i % count($agents)],
        ], ['topic' => $topic]);
        [$subscription, $response] = $controller($request);

        // the browser tab is closed: the server sees the body stream end
        $subscription->cancel();
        unset($subscription, $response);
    }
}
