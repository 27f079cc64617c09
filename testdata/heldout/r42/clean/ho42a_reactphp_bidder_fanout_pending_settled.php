<?php

declare(strict_types=1);

namespace React\EventLoop {
    final class Timer
    {
        public function __construct(public readonly float $due, public readonly \Closure $callback)
        {
        }
    }

    /** Stand-in event loop with a virtual clock: ticks first, then the earliest timer. */
    final class StreamSelectLoop
    {
        private float $now = 0.0;

        /** @var list<\Closure> */
        private array $ticks = [];

        /** @var array<int, Timer> */
        private array $timers = [];

        public function futureTick(\Closure $listener): void
        {
            $this->ticks[] = $listener;
        }

        public function addTimer(float $interval, \Closure $callback): Timer
        {
            $timer = new Timer($this->now + $interval, $callback);
            $this->timers[spl_object_id($timer)] = $timer;

            return $timer;
        }

        public function cancelTimer(Timer $timer): void
        {
            unset($this->timers[spl_object_id($timer)]);
        }

        public function run(): void
        {
            while ($this->ticks !== [] || $this->timers !== []) {
                while (($tick = array_shift($this->ticks)) !== null) {
                    $tick();
                }
                if ($this->timers === []) {
                    break;
                }
                $next = null;
                foreach ($this->timers as $id => $timer) {
                    if ($next === null || $timer->due < $this->timers[$next]->due) {
                        $next = $id;
                    }
                }
                $timer = $this->timers[$next];
                unset($this->timers[$next]);
                $this->now = max($this->now, $timer->due);
                ($timer->callback)();
                unset($timer);
            }
        }
    }
}

namespace React\Promise {
    final class Promise
    {
        private ?bool $fulfilled = null;
        private mixed $value = null;

        /** @var list<array{0: ?callable, 1: ?callable}> */
        private array $handlers = [];

        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): void
        {
            if ($this->fulfilled === null) {
                $this->handlers[] = [$onFulfilled, $onRejected];

                return;
            }
            $handler = $this->fulfilled ? $onFulfilled : $onRejected;
            if ($handler !== null) {
                $handler($this->value);
            }
        }

        /** @internal */
        public function settle(bool $fulfilled, mixed $value): void
        {
            if ($this->fulfilled !== null) {
                return;
            }
            $this->fulfilled = $fulfilled;
            $this->value = $value;
            $handlers = $this->handlers;
            $this->handlers = [];
            foreach ($handlers as [$onFulfilled, $onRejected]) {
                $handler = $fulfilled ? $onFulfilled : $onRejected;
                if ($handler !== null) {
                    $handler($value);
                }
            }
        }
    }

    final class Deferred
    {
        private Promise $promise;

        public function __construct()
        {
            $this->promise = new Promise();
        }

        public function promise(): Promise
        {
            return $this->promise;
        }

        public function resolve(mixed $value): void
        {
            $this->promise->settle(true, $value);
        }

        public function reject(\Throwable $reason): void
        {
            $this->promise->settle(false, $reason);
        }
    }
}

namespace React\Http {
    use React\EventLoop\StreamSelectLoop;
    use React\Promise\Deferred;
    use React\Promise\Promise;

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body)
        {
        }
    }

    final class ConnectionException extends \RuntimeException
    {
    }

    /** Stand-in async HTTP client: answers from a canned table after a virtual latency. */
    final class Browser
    {
        /** @param array<string, array{latency: float, body: ?string}> $upstreams */
        public function __construct(private readonly StreamSelectLoop $loop, private readonly array $upstreams)
        {
        }

        public function post(string $url, array $headers, string $body): Promise
        {
            $deferred = new Deferred();
            $host = (string) parse_url($url, PHP_URL_HOST);
            $upstream = $this->upstreams[$host];
            $answer = $upstream['body'] === null ? null : sprintf($upstream['body'], md5($body));
            $this->loop->addTimer($upstream['latency'], static function () use ($deferred, $answer, $host): void {
                if ($answer === null) {
                    $deferred->reject(new ConnectionException("Connection to tcp://{$host}:443 refused"));

                    return;
                }
                $deferred->resolve(new Response(200, $answer));
            });

            return $deferred->promise();
        }
    }

    final class ServerRequest
    {
        public function __construct(public readonly string $method, public readonly string $path, public readonly string $body)
        {
        }
    }

    /** Stand-in HTTP server: the SSP connection delivers one bid request every 50 ms. */
    final class HttpServer
    {
        public function __construct(private readonly StreamSelectLoop $loop, private readonly \Closure $handler)
        {
        }

        public function listen(int $requests): void
        {
            $this->scheduleNext(0, $requests);
        }

        private function scheduleNext(int $n, int $total): void
        {
            if ($n >= $total) {
                return;
            }
            $this->loop->addTimer(0.05, function () use ($n, $total): void {
                $body = json_encode([
                    'id' => sprintf('auc-%06d-%s', $n, substr(md5((string) $n), 0, 10)),
                    'tmax' => 80,
                    'imp' => [['id' => '1', 'bidfloor' => 0.25 + ($n % 4) / 10, 'banner' => ['w' => 320, 'h' => 50]]],
                    'app' => ['bundle' => 'com.example.game' . ($n % 6), 'publisher' => ['id' => 'pub-' . ($n % 12)]],
                    'device' => ['ifa' => md5('ifa' . $n), 'os' => $n % 2 ? 'iOS' : 'Android'],
                ]);
                ($this->handler)(new ServerRequest('POST', '/openrtb2/auction', $body));
                $this->scheduleNext($n + 1, $total);
            });
        }
    }
}

namespace App\Auction {
    use React\EventLoop\StreamSelectLoop;
    use React\Http\Browser;
    use React\Http\Response;
    use React\Promise\Deferred;
    use React\Promise\Promise;

    final class BidParser
    {
        public static function firstBid(string $json): ?array
        {
            $data = json_decode($json, true);

            return $data['seatbid'][0]['bid'][0] ?? null;
        }
    }

    final class HttpBidderAdapter
    {
        public function __construct(
            private readonly Browser $browser,
            private readonly string $endpoint,
        ) {
        }

        public function requestBid(array $bidRequest, callable $settle): void
        {
            $this->browser
                ->post($this->endpoint, ['Content-Type' => 'application/json', 'X-Openrtb-Version' => '2.6'], json_encode($bidRequest))
                ->then(static function (Response $response) use ($settle): void {
                    $settle($response->status === 200 ? BidParser::firstBid($response->body) : null);
                });
        }
    }

    final class AuctionRunner
    {
        /** @var array<string, int> */
        private array $timeouts = [];

        /** @param array<string, HttpBidderAdapter> $adapters */
        public function __construct(private readonly StreamSelectLoop $loop, private readonly array $adapters)
        {
        }

        public function run(array $bidRequest): Promise
        {
            $deferred = new Deferred();
            $pending = [];
            $bids = [];

            foreach (array_keys($this->adapters) as $bidder) {
                $pending[$bidder] = function (?array $bid) use (&$pending, &$bids, $bidder, $deferred): void {
                    unset($pending[$bidder]);
                    if ($bid !== null) {
                        $bids[$bidder] = $bid;
                    }
                    if ($pending === []) {
                        $deferred->resolve($bids);
                    }
                };
            }

            foreach ($this->adapters as $bidder => $adapter) {
                $adapter->requestBid($bidRequest, $pending[$bidder]);
            }

            $this->loop->addTimer($bidRequest['tmax'] / 1000, function () use (&$pending, &$bids, $deferred): void {
                foreach ($pending as $bidder => $settle) {
                    $this->timeouts[$bidder] = ($this->timeouts[$bidder] ?? 0) + 1;
                    $settle(null);
                }
                $deferred->resolve($bids);
            });

            return $deferred->promise();
        }
    }

    final class AuctionController
    {
        public function __construct(private readonly AuctionRunner $runner)
        {
        }

        public function __invoke(\React\Http\ServerRequest $request): void
        {
            $bidRequest = json_decode($request->body, true);
            $floor = (float) $bidRequest['imp'][0]['bidfloor'];
            $this->runner->run($bidRequest)->then(static function (array $bids) use ($floor): void {
                $winner = null;
                foreach ($bids as $bidder => $bid) {
                    if ($bid['price'] >= $floor && ($winner === null || $bid['price'] > $winner['price'])) {
                        $winner = $bid + ['bidder' => $bidder];
                    }
                }
                unset($winner);
            });
        }
    }
}

namespace {
    use App\Auction\AuctionController;
    use App\Auction\AuctionRunner;
    use App\Auction\HttpBidderAdapter;
    use React\EventLoop\StreamSelectLoop;
    use React\Http\Browser;
    use React\Http\HttpServer;

    $loop = new StreamSelectLoop();
    $browser = new Browser($loop, [
        'bid.alpha-dsp.example' => ['latency' => 0.021, 'body' => '{"id":"%s","seatbid":[{"seat":"alpha","bid":[{"id":"b1","impid":"1","price":0.61,"adm":"<div class=\"ad\">alpha creative 320x50</div>","crid":"alpha-77"}]}]}'],
        'rtb.bravo.example' => ['latency' => 0.034, 'body' => '{"id":"%s","seatbid":[{"seat":"bravo","bid":[{"id":"b9","impid":"1","price":0.48,"adm":"<img src=\"https://cdn.bravo.example/c/9.png\">","crid":"bravo-9"}]}]}'],
        'openrtb.charlie-ads.example' => ['latency' => 0.012, 'body' => null],
    ]);
    $runner = new AuctionRunner($loop, [
        'alpha' => new HttpBidderAdapter($browser, 'https://bid.alpha-dsp.example/openrtb2'),
        'bravo' => new HttpBidderAdapter($browser, 'https://rtb.bravo.example/bid?v=2.6'),
        'charlie' => new HttpBidderAdapter($browser, 'https://openrtb.charlie-ads.example/auction'),
    ]);

    $server = new HttpServer($loop, (new AuctionController($runner))(...));
    $server->listen((int) (getenv('PHPLEAK_N') ?: 100));
    $loop->run();
}
