<?php

namespace Revolt {

    /** Stand-in for Revolt\EventLoop (the loop under AMPHP v3). */
    final class EventLoop
    {
        /** @var list<\Closure> */
        private static array $repeats = [];

        public static function repeat(float $interval, \Closure $closure): string
        {
            self::$repeats[] = $closure;

            return 'w' . count(self::$repeats);
        }

        public static function run(): void
        {
            $ticks = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($t = 0; $t < $ticks; $t++) {
                foreach (self::$repeats as $id => $closure) {
                    $closure('w' . ($id + 1));
                }
            }
        }
    }
}

namespace Amp {

    /** @template T */
    final class Future
    {
        private function __construct(private mixed $value, private ?\Throwable $error)
        {
        }

        public static function complete(mixed $value = null): self
        {
            return new self($value, null);
        }

        public static function error(\Throwable $error): self
        {
            return new self(null, $error);
        }

        public function await(): mixed
        {
            if ($this->error !== null) {
                throw $this->error;
            }

            return $this->value;
        }
    }

    /** Runs $closure in a new fiber; the stand-in runs it to completion at once. */
    function async(\Closure $closure, mixed ...$args): Future
    {
        try {
            return Future::complete($closure(...$args));
        } catch (\Throwable $e) {
            return Future::error($e);
        }
    }

    function delay(float $timeout): void
    {
    }
}

namespace Amp\Http\Client {

    final class Request
    {
        public function __construct(public readonly string $uri, public readonly string $method = 'GET')
        {
        }
    }

    final class Response
    {
        public function __construct(private int $status, private string $body)
        {
        }

        public function getStatus(): int
        {
            return $this->status;
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }

    /** Stand-in HttpClient talking to the AMI head-end; busy collectors answer 503. */
    final class HttpClient
    {
        private int $calls = 0;

        public function request(Request $request): Response
        {
            $this->calls++;
            if ($this->calls % 3 === 0) {
                return new Response(503, '{"error":"collector busy"}');
            }
            $serial = basename(dirname($request->uri));

            return new Response(200, json_encode([
                'serial' => $serial,
                'register_kgal' => 1000 + ($this->calls % 997) / 10,
                'read_at' => 1717200000 + $this->calls * 15,
                'flags' => ['reverse_flow' => false, 'tamper' => false, 'low_battery' => $this->calls % 50 === 0],
            ]));
        }
    }
}

namespace App\Ami {

    use Amp\Http\Client\HttpClient;
    use Amp\Http\Client\Request;
    use function Amp\async;
    use function Amp\delay;

    final class Meter
    {
        public function __construct(
            public readonly string $serial,
            public readonly string $account,
            public readonly string $route,
            public readonly string $collector,
        ) {
        }

        public function endpoint(): string
        {
            return sprintf('https://%s/api/v2/meters/%s/register', $this->collector, $this->serial);
        }
    }

    final class Reading
    {
        public function __construct(
            public readonly string $serial,
            public readonly float $registerKgal,
            public readonly int $readAt,
            public readonly bool $lowBattery,
        ) {
        }

        public static function fromPayload(string $json): self
        {
            $p = json_decode($json, true, 4, JSON_THROW_ON_ERROR);

            return new self($p['serial'], (float) $p['register_kgal'], (int) $p['read_at'], (bool) $p['flags']['low_battery']);
        }
    }

    final class CollectorBusy extends \RuntimeException
    {
    }

    /** Route book of the AMI system: the meters due for an on-demand read. */
    final class RouteBook
    {
        private int $cursor = 0;

        public function nextDue(): Meter
        {
            $n = $this->cursor++;

            return new Meter(
                sprintf('SN%09d', 210000000 + $n * 13),
                sprintf('WA-%07d', 4100000 + $n),
                sprintf('R%03d', $n % 120),
                sprintf('collector-%02d.ami.water.local', $n % 9),
            );
        }
    }

    final class MeterPoller
    {
        private const MAX_TRIES = 3;

        public function __construct(private HttpClient $client)
        {
        }

        public function poll(Meter $meter): Reading
        {
            $attempt = function (int $try) use (&$attempt, $meter): Reading {
                $response = $this->client->request(new Request($meter->endpoint()));
                if ($response->getStatus() === 503) {
                    if ($try >= self::MAX_TRIES) {
                        throw new CollectorBusy("{$meter->collector} busy after {$try} tries");
                    }
                    delay(0.25 * $try);

                    return $attempt($try + 1);
                }

                return Reading::fromPayload($response->getBody());
            };

            try {
                return async($attempt, 1)->await();
            } finally {
                $attempt = null;
            }
        }
    }

    final class ReadingSink
    {
        private int $stored = 0;
        private int $lowBattery = 0;

        public function store(Reading $reading): void
        {
            $this->stored++;
            $this->lowBattery += (int) $reading->lowBattery;
        }
    }
}

namespace {

    use Amp\Http\Client\HttpClient;
    use App\Ami\CollectorBusy;
    use App\Ami\MeterPoller;
    use App\Ami\ReadingSink;
    use App\Ami\RouteBook;
    use Revolt\EventLoop;

    $routes = new RouteBook();
    $poller = new MeterPoller(new HttpClient());
    $sink = new ReadingSink();

    EventLoop::repeat(1.0, static function () use ($routes, $poller, $sink): void {
        try {
            $sink->store($poller->poll($routes->nextDue()));
        } catch (CollectorBusy) {
            // retried on the next cycle
        }
    });

    EventLoop::run();
}
