<?php

declare(strict_types=1);

namespace React\EventLoop {
    /** Stand-in for the ReactPHP loop: future ticks run in order on the next turn. */
    final class StreamSelectLoop
    {
        private \SplQueue $ticks;

        public function __construct()
        {
            $this->ticks = new \SplQueue();
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks->enqueue($listener);
        }

        public function run(): void
        {
            while (!$this->ticks->isEmpty()) {
                ($this->ticks->dequeue())();
            }
        }
    }
}

namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $headers,
            public readonly array $parsedBody,
            public readonly array $serverParams,
        ) {
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body)
        {
        }
    }
}

namespace App\Logging {
    /**
     * Request-scoped context for every log line written while a request runs;
     * nested scopes (request, then booking) are merged top-down.
     */
    final class LogContext
    {
        /** @var list<array<string, mixed>> */
        private array $frames = [];

        public function push(array $context): void
        {
            $this->frames[] = $context; // leak
        }

        public function pop(): void
        {
            array_pop($this->frames);
        }

        public function current(): array
        {
            return array_merge([], ...$this->frames);
        }
    }

    final class Logger
    {
        public int $lines = 0;

        public function __construct(private readonly LogContext $context)
        {
        }

        public function info(string $message, array $extra = []): void
        {
            $record = ['message' => $message, 'context' => $extra + $this->context->current()];
            $this->lines++;
        }
    }
}

namespace App\Booking {

    use App\Logging\LogContext;
    use App\Logging\Logger;
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;

    final class ClassFull extends \RuntimeException
    {
    }

    final class Timetable
    {
        /** @param array<string, array{capacity: int, booked: int}> $sessions */
        public function __construct(private array $sessions)
        {
        }

        public function reserve(string $sessionCode, int $memberId): int
        {
            $session = $this->sessions[$sessionCode] ?? throw new \InvalidArgumentException('unknown session');
            if ($session['booked'] >= $session['capacity']) {
                throw new ClassFull($sessionCode);
            }

            return $session['capacity'] - $session['booked'] - 1;
        }
    }

    final class BookSpotHandler
    {
        public function __construct(
            private readonly Timetable $timetable,
            private readonly LogContext $context,
            private readonly Logger $log,
        ) {
        }

        public function __invoke(ServerRequest $request): Response
        {
            $body = $request->parsedBody;
            $this->context->push([
                'request_id' => $request->getHeaderLine('X-Request-Id'),
                'member_id' => $body['member_id'],
                'session' => $body['session'],
                'client_ip' => $request->serverParams['REMOTE_ADDR'],
                'user_agent' => $request->getHeaderLine('User-Agent'),
                'app_build' => $request->getHeaderLine('X-App-Build'),
                'device_id' => $request->getHeaderLine('X-Device-Id'),
                'traceparent' => $request->getHeaderLine('traceparent'),
                'route' => $request->method . ' ' . $request->uri,
                'received_at' => date('Y-m-d\TH:i:s', $request->serverParams['REQUEST_TIME']),
                'note' => $body['note'] ?? null,
            ]);

            try {
                $left = $this->timetable->reserve($body['session'], $body['member_id']);
            } catch (ClassFull) {
                $this->log->info('class full, offering waitlist');

                return new Response(409, json_encode(['waitlist' => true, 'session' => $body['session']]));
            }

            $this->log->info('spot booked', ['left' => $left]);
            $this->context->pop();

            return new Response(201, json_encode(['booked' => true, 'left' => $left]));
        }
    }
}

namespace {

    use App\Booking\BookSpotHandler;
    use App\Booking\Timetable;
    use App\Logging\LogContext;
    use App\Logging\Logger;
    use React\EventLoop\StreamSelectLoop;
    use React\Http\Message\ServerRequest;

    $loop = new StreamSelectLoop();
    $context = new LogContext();
    $handler = new BookSpotHandler(
        new Timetable([
            'mon-0700-reformer' => ['capacity' => 12, 'booked' => 12],
            'mon-1230-spin' => ['capacity' => 24, 'booked' => 19],
            'mon-1800-hiit' => ['capacity' => 20, 'booked' => 20],
            'tue-0630-yoga' => ['capacity' => 18, 'booked' => 18],
            'tue-1900-boxing' => ['capacity' => 16, 'booked' => 9],
        ]),
        $context,
        new Logger($context),
    );

    $sessions = ['mon-0700-reformer', 'mon-1230-spin', 'mon-1800-hiit', 'tue-0630-yoga', 'tue-1900-boxing'];
    $agents = [
        'GymApp/5.4.1 (iPhone15,2; iOS 17.4.1; nl_NL) Alamofire/5.8.1',
        'GymApp/5.4.0 (Pixel 8; Android 14; nl_NL) okhttp/4.12.0',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    ];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $request = new ServerRequest(
            'POST',
            '/v2/bookings',
            [
                'x-request-id' => sprintf('%016x%016x', 0xbeef0000 + $i, $i * 2654435761),
                'user-agent' => $agents[$i % 3],
                'x-app-build' => '5.4.' . ($i % 2) . '+' . (8800 + $i % 40),
                'x-device-id' => sprintf('dev-%08X-%04X', crc32('member' . (31000 + $i % 2400)), $i % 7),
                'traceparent' => sprintf('00-%032x-%016x-01', 0x4bf92f3577b34da6 + $i, 0x00f067aa0ba902b7 + $i),
            ],
            ['member_id' => 31000 + $i % 2400, 'session' => $sessions[$i % 5], 'note' => $i % 4 === 0 ? 'first class, please show me the bikes' : null],
            ['REMOTE_ADDR' => '84.' . ($i % 200) . '.' . ($i % 97) . '.' . ($i % 251), 'REQUEST_TIME' => 1775030400 + $i * 3],
        );
        $loop->futureTick(static fn () => $handler($request));
        $loop->run();
    }
}
