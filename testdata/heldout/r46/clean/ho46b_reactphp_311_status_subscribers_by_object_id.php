<?php

declare(strict_types=1);

namespace React\EventLoop {

    /** Minimal stand-in for the ReactPHP global loop: one loop per process. */
    final class Loop
    {
        /** @var list<callable> */
        private static array $ticks = [];

        public static function futureTick(callable $listener): void
        {
            self::$ticks[] = $listener;
        }

        public static function run(): void
        {
            while (self::$ticks !== []) {
                $tick = array_shift(self::$ticks);
                $tick();
            }
        }
    }
}

namespace React\Http\Message {

    final class ServerRequest
    {
        private array $attributes = [];

        public function __construct(
            private readonly string $method,
            private readonly string $path,
            private readonly array $parsedBody,
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getParsedBody(): array
        {
            return $this->parsedBody;
        }

        public function withAttribute(string $name, mixed $value): self
        {
            $clone = clone $this;
            $clone->attributes[$name] = $value;
            return $clone;
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }

        public static function json(mixed $data): self
        {
            return new self(200, ['Content-Type' => 'application/json'], json_encode($data));
        }
    }
}

namespace React\Http {

    use React\Http\Message\ServerRequest;

    /** Calls the request handler for each incoming request on the shared loop. */
    final class HttpServer
    {
        /** @var callable */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        /** Used by the socket stand-in: one parsed request per connection. */
        public function emit(ServerRequest $request): void
        {
            ($this->handler)($request);
        }
    }
}

namespace Civic\ServiceRequests {

    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;

    final class SubscriptionMeta
    {
        public function __construct(
            public readonly string $serviceRequestNumber,
            public readonly string $channel,
            public readonly string $destination,
            public readonly string $address,
            public readonly string $summary,
            public readonly \DateTimeImmutable $since,
        ) {
        }
    }

    final class StatusChanged
    {
        public function __construct(
            public readonly string $serviceRequestNumber,
            public readonly string $status,
            public readonly string $crew,
        ) {
        }
    }

    interface StatusSubscriber
    {
        public function onStatusChanged(StatusChanged $event, SubscriptionMeta $meta): void;
    }

    /** Sends the confirmation text for the request currently being handled. */
    final class CitizenNotifier implements StatusSubscriber
    {
        public int $sent = 0;

        public function __construct(private readonly string $serviceRequestNumber)
        {
        }

        public function onStatusChanged(StatusChanged $event, SubscriptionMeta $meta): void
        {
            if ($event->serviceRequestNumber === $this->serviceRequestNumber) {
                // sms gateway call
                $this->sent++;
            }
        }
    }

    /**
     * Long-lived: created when the server starts. Subscribers are held weakly so
     * a notifier does not outlive the request that created it.
     */
    final class StatusBroadcaster
    {
        /** @var array<int, array{0: \WeakReference, 1: SubscriptionMeta}> */
        private array $subscriptions = [];

        public function subscribe(StatusSubscriber $subscriber, SubscriptionMeta $meta): void
        {
            $this->subscriptions[spl_object_id($subscriber)] = [\WeakReference::create($subscriber), $meta];
        }

        public function publish(StatusChanged $event): void
        {
            foreach ($this->subscriptions as [$ref, $meta]) {
                $subscriber = $ref->get();
                if ($subscriber === null) {
                    continue;
                }
                $subscriber->onStatusChanged($event, $meta);
            }
        }
    }

    final class SubmitServiceRequestHandler
    {
        private int $sequence = 0;

        public function __construct(private readonly StatusBroadcaster $broadcaster)
        {
        }

        public function __invoke(ServerRequest $request): Response
        {
            $body = $request->getParsedBody();
            $number = sprintf('SR-%06d', ++$this->sequence);

            $notifier = new CitizenNotifier($number);
            $this->broadcaster->subscribe($notifier, new SubscriptionMeta(
                $number,
                $body['contact_channel'] ?? 'sms',
                (string) ($body['contact'] ?? ''),
                trim((string) $body['address']),
                substr(trim((string) $body['description']), 0, 500),
                new \DateTimeImmutable('2024-05-01 09:00:00'),
            ));

            $this->broadcaster->publish(new StatusChanged($number, 'received', 'intake'));

            return Response::json(['number' => $number, 'status' => 'received']);
        }
    }
}

namespace {

    use Civic\ServiceRequests\StatusBroadcaster;
    use Civic\ServiceRequests\SubmitServiceRequestHandler;
    use React\EventLoop\Loop;
    use React\Http\HttpServer;
    use React\Http\Message\ServerRequest;

    $broadcaster = new StatusBroadcaster();
    $server = new HttpServer(new SubmitServiceRequestHandler($broadcaster));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $issues = [
        'Large pothole in the curb lane, about two feet across, cars swerving into the bike lane to avoid it.',
        'Streetlight has been cycling on and off for a week; the block is dark after 10pm and the crosswalk is hard to see.',
        'Illegal dumping behind the rec center: mattresses, a couch, and several bags of construction debris.',
        'Fire hydrant leaking steadily at the base, water running down the gutter and icing over at night.',
    ];

    $accept = static function (int $i) use (&$accept, $server, $n, $issues): void {
        if ($i >= $n) {
            return;
        }
        $server->emit(new ServerRequest('POST', '/311/requests', [
            'address' => sprintf('%d Walnut St, Unit %d', 200 + $i, $i % 12),
            'description' => $issues[$i % 4] . ' ' . str_repeat('Reported again by neighbors. ', 1 + $i % 3) . sprintf('(ref %d)', $i),
            'contact_channel' => 'sms',
            'contact' => sprintf('+1267555%04d', $i % 10000),
        ]));
        Loop::futureTick(static fn () => $accept($i + 1));
    };

    Loop::futureTick(static fn () => $accept(0));
    Loop::run();
}
