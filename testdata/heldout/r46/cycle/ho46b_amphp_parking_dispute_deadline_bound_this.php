<?php

declare(strict_types=1);

namespace Revolt {

    /** Stand-in for the Revolt event loop AMPHP v3 runs on: one per process. */
    final class EventLoop
    {
        /** @var array<string, \Closure> */
        private static array $queue = [];
        /** @var array<string, array{0: float, 1: \Closure}> */
        private static array $timers = [];
        private static int $nextId = 0;
        private static float $now = 0.0;

        public static function queue(\Closure $callback, mixed ...$args): void
        {
            self::$queue['q' . self::$nextId++] = static fn () => $callback(...$args);
        }

        public static function delay(float $delay, \Closure $callback): string
        {
            $id = 't' . self::$nextId++;
            self::$timers[$id] = [self::$now + $delay, $callback];
            return $id;
        }

        public static function cancel(string $callbackId): void
        {
            unset(self::$timers[$callbackId], self::$queue[$callbackId]);
        }

        public static function run(): void
        {
            while (self::$queue !== [] || self::$timers !== []) {
                while (self::$queue !== []) {
                    $id = array_key_first(self::$queue);
                    $callback = self::$queue[$id];
                    unset(self::$queue[$id]);
                    $callback();
                }
                if (self::$timers !== []) {
                    uasort(self::$timers, static fn (array $a, array $b) => $a[0] <=> $b[0]);
                    $id = array_key_first(self::$timers);
                    [$at, $callback] = self::$timers[$id];
                    unset(self::$timers[$id]);
                    self::$now = $at;
                    $callback($id);
                }
            }
        }
    }
}

namespace Amp\Http\Server {

    final class Request
    {
        public function __construct(
            private readonly string $method,
            private readonly string $path,
            private readonly string $body,
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

        public function getBody(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /** Each accepted request is handled in its own fiber on the shared loop. */
    final class SocketHttpServer
    {
        public function __construct(private readonly \Closure $accept)
        {
        }

        public function start(RequestHandler $handler): void
        {
            $next = function (int $i) use (&$next, $handler): void {
                $request = ($this->accept)($i);
                if ($request === null) {
                    return;
                }
                $handler->handleRequest($request);
                \Revolt\EventLoop::queue($next, $i + 1);
            };
            \Revolt\EventLoop::queue($next, 0);
        }
    }
}

namespace Civic\Parking {

    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;
    use Revolt\EventLoop;

    final class Citation
    {
        public function __construct(
            public readonly string $number,
            public readonly string $plate,
            public readonly string $violationCode,
            public readonly int $fineCents,
            public readonly string $location,
        ) {
        }
    }

    /** A timer that can be called off; used for every "respond within N seconds" rule. */
    final class Deadline
    {
        private ?string $watcherId;

        public function __construct(
            float $seconds,
            private readonly \Closure $onExpire, // leak
        ) {
            $this->watcherId = EventLoop::delay($seconds, fn () => $this->fire());
        }

        private function fire(): void
        {
            $this->watcherId = null;
            ($this->onExpire)();
        }

        public function cancel(): void
        {
            if ($this->watcherId !== null) {
                EventLoop::cancel($this->watcherId);
                $this->watcherId = null;
            }
        }
    }

    final class Deadlines
    {
        public static function arm(float $seconds, \Closure $onExpire): Deadline
        {
            return new Deadline($seconds, $onExpire);
        }
    }

    final class HearingLog
    {
        public int $expired = 0;
        public int $filed = 0;

        public function expired(string $citationNumber): void
        {
            $this->expired++;
        }

        public function filed(string $citationNumber, int $statementLength): void
        {
            $this->filed++;
        }
    }

    /**
     * An online dispute: the motorist has a few minutes to submit the
     * statement before the form session lapses.
     */
    final class DisputeSession
    {
        private ?Deadline $deadline = null;

        public function __construct(
            public readonly Citation $citation,
            public readonly string $statement,
            private readonly HearingLog $log,
        ) {
        }

        public function open(float $ttlSeconds): void
        {
            $this->deadline = Deadlines::arm($ttlSeconds, function (): void { $this->expire(); }); // leak
        }

        public function submit(): string
        {
            $this->deadline?->cancel();
            $this->log->filed($this->citation->number, strlen($this->statement));
            return sprintf('DSP-%s', substr($this->citation->number, 3));
        }

        private function expire(): void
        {
            $this->log->expired($this->citation->number);
        }
    }

    final class DisputeHandler implements RequestHandler
    {
        public function __construct(private readonly HearingLog $log)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $form = json_decode($request->getBody(), true, flags: JSON_THROW_ON_ERROR);
            $citation = new Citation($form['citation'], $form['plate'], $form['code'], (int) $form['fine_cents'], $form['location']);

            $session = new DisputeSession($citation, $form['statement'], $this->log);
            $session->open(900.0);
            $receipt = $session->submit();

            return new Response(202, ['content-type' => 'application/json'], json_encode(['receipt' => $receipt]));
        }
    }
}

namespace {

    use Amp\Http\Server\Request;
    use Amp\Http\Server\SocketHttpServer;
    use Civic\Parking\DisputeHandler;
    use Civic\Parking\HearingLog;
    use Revolt\EventLoop;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $reasons = [
        'The meter at this location was broken and displayed "FAIL" when I tried to pay; I reported it through the 311 app before leaving the car.',
        'The posted street-cleaning sign was hidden behind an overgrown tree branch, and no temporary signs were placed on the block that week.',
        'I had a valid residential permit displayed on the rear-view mirror; the officer may not have seen it because of the windshield glare.',
    ];

    $server = new SocketHttpServer(static function (int $i) use ($n, $reasons): ?Request {
        if ($i >= $n) {
            return null;
        }
        return new Request('POST', '/disputes', json_encode([
            'citation' => sprintf('PKT%08d', 40000000 + $i),
            'plate' => sprintf('%s%04d', ['KLM', 'JHT', 'PXR'][$i % 3], $i % 10000),
            'code' => ['P-12', 'P-31', 'P-07'][$i % 3],
            'fine_cents' => [4500, 6500, 3500][$i % 3],
            'location' => sprintf('%d block of Chestnut St, east side', 100 * (1 + $i % 40)),
            'statement' => $reasons[$i % 3] . ' ' . str_repeat('I have attached photographs taken at the time. ', 4) . sprintf('Ticket %d.', $i),
        ]));
    });

    $server->start(new DisputeHandler(new HearingLog()));
    EventLoop::run();
}
