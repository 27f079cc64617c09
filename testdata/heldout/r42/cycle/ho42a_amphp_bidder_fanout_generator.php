<?php

declare(strict_types=1);

namespace Amp {
    /** @template T */
    final class Future
    {
        private function __construct(private readonly mixed $value, private readonly ?\Throwable $error)
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

        /** @return T */
        public function await(): mixed
        {
            if ($this->error !== null) {
                throw $this->error;
            }

            return $this->value;
        }
    }

    /** Stand-in for Amp\async(): runs the closure to completion on the current fiber. */
    function async(\Closure $closure, mixed ...$args): Future
    {
        try {
            return Future::complete($closure(...$args));
        } catch (\Throwable $e) {
            return Future::error($e);
        }
    }
}

namespace Amp\Future {
    use Amp\Future;

    /**
     * @param iterable<array-key, Future> $futures
     * @return array{0: array<array-key, \Throwable>, 1: array<array-key, mixed>}
     */
    function awaitAll(iterable $futures): array
    {
        $errors = [];
        $values = [];
        foreach ($futures as $key => $future) {
            try {
                $values[$key] = $future->await();
            } catch (\Throwable $e) {
                $errors[$key] = $e;
            }
        }

        return [$errors, $values];
    }
}

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(public readonly string $method, public readonly string $uri, private readonly string $body)
        {
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status = 200, public readonly array $headers = [], public readonly string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /** Stand-in: accepts the SSP's bid requests one after another. */
    final class SocketHttpServer
    {
        public function expose(string $address): void
        {
        }

        public function start(RequestHandler $handler): void
        {
            $total = (int) (getenv('PHPLEAK_N') ?: 100);
            $formats = ['300x250', '320x50', '728x90'];
            $countries = ['US', 'GB', 'DE', 'US'];
            for ($i = 0; $i < $total; $i++) {
                $body = json_encode([
                    'id' => sprintf('rq_%s_%d', substr(hash('sha256', (string) $i), 0, 20), $i),
                    'imp' => [['id' => '1', 'banner' => ['format' => $formats[$i % 3]], 'bidfloor' => 0.15 * (1 + $i % 3)]],
                    'device' => ['geo' => ['country' => $countries[$i % 4]], 'ua' => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/12' . ($i % 10) . '.0'],
                    'site' => ['page' => 'https://recipes.example.net/dish/' . $i],
                ]);
                $handler->handleRequest(new Request('POST', '/v1/auction', $body));
            }
        }
    }
}

namespace App\Exchange {
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    use function Amp\async;
    use function Amp\Future\awaitAll;

    final class Slot
    {
        public function __construct(
            public readonly string $requestId,
            public readonly string $format,
            public readonly string $country,
            public readonly float $floor,
            public readonly string $page,
            public readonly string $userAgent,
        ) {
        }

        public static function fromOpenRtb(array $request): self
        {
            return new self(
                (string) $request['id'],
                (string) $request['imp'][0]['banner']['format'],
                (string) ($request['device']['geo']['country'] ?? 'ZZ'),
                (float) ($request['imp'][0]['bidfloor'] ?? 0.0),
                (string) ($request['site']['page'] ?? ''),
                (string) ($request['device']['ua'] ?? ''),
            );
        }
    }

    final class Quote
    {
        public function __construct(public readonly string $bidder, public readonly float $cpm, public readonly string $creativeId)
        {
        }
    }

    final class DemandPartner
    {
        /**
         * @param list<string> $formats
         * @param list<string> $countries
         */
        public function __construct(
            public readonly string $name,
            private readonly array $formats,
            private readonly array $countries,
            private readonly float $baseCpm,
        ) {
        }

        public function accepts(Slot $slot): bool
        {
            return in_array($slot->format, $this->formats, true) && in_array($slot->country, $this->countries, true);
        }

        public function quote(Slot $slot): ?Quote
        {
            $cpm = round($this->baseCpm * (0.5 + (crc32($this->name . $slot->requestId) % 100) / 100), 2);

            return $cpm < $slot->floor ? null : new Quote($this->name, $cpm, $this->name . '-cr-' . (crc32($slot->page) % 40));
        }
    }

    final class DemandPartnerPool
    {
        /** @param list<DemandPartner> $partners ordered by priority */
        public function __construct(private readonly array $partners)
        {
        }

        /** @return list<DemandPartner> */
        public function byPriority(): array
        {
            return $this->partners;
        }
    }

    final class Auction
    {
        /** @var \Generator<string, DemandPartner> */
        private \Generator $candidates;

        public function __construct(
            private readonly Slot $slot,
            private readonly DemandPartnerPool $pool,
            private readonly int $maxFanout,
        ) {
            $this->candidates = $this->eligiblePartners(); // leak
        }

        /** @return \Generator<string, DemandPartner> */
        private function eligiblePartners(): \Generator
        {
            foreach ($this->pool->byPriority() as $partner) {
                if ($partner->accepts($this->slot)) {
                    yield $partner->name => $partner;
                }
            }
        }

        public function run(): ?Quote
        {
            $futures = [];
            while ($this->candidates->valid()) {
                $partner = $this->candidates->current();
                $futures[$partner->name] = async(fn (): ?Quote => $partner->quote($this->slot));
                if (count($futures) >= $this->maxFanout) {
                    break;
                }
                $this->candidates->next();
            }

            [, $quotes] = awaitAll($futures);
            $winner = null;
            foreach ($quotes as $quote) {
                if ($quote !== null && ($winner === null || $quote->cpm > $winner->cpm)) {
                    $winner = $quote;
                }
            }

            return $winner;
        }
    }

    final class AuctionHandler implements RequestHandler
    {
        public function __construct(private readonly DemandPartnerPool $pool, private readonly int $maxFanout)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $slot = Slot::fromOpenRtb(json_decode($request->getBody(), true, 16, JSON_THROW_ON_ERROR));
            $winner = (new Auction($slot, $this->pool, $this->maxFanout))->run();
            if ($winner === null) {
                return new Response(204);
            }

            return new Response(200, ['content-type' => 'application/json'], json_encode([
                'id' => $slot->requestId,
                'seatbid' => [['seat' => $winner->bidder, 'bid' => [['impid' => '1', 'price' => $winner->cpm, 'crid' => $winner->creativeId]]]],
            ]));
        }
    }
}

namespace {
    use Amp\Http\Server\SocketHttpServer;
    use App\Exchange\AuctionHandler;
    use App\Exchange\DemandPartner;
    use App\Exchange\DemandPartnerPool;

    $all = ['US', 'GB', 'DE'];
    $pool = new DemandPartnerPool([
        new DemandPartner('criteo', ['300x250', '728x90', '320x50'], $all, 1.20),
        new DemandPartner('ttd', ['300x250', '320x50', '728x90'], ['US', 'GB', 'DE'], 1.45),
        new DemandPartner('dv360', ['300x250', '728x90', '320x50'], $all, 1.10),
        new DemandPartner('amazon', ['300x250', '320x50', '728x90'], ['US', 'GB', 'DE'], 0.95),
        new DemandPartner('yieldmo', ['320x50'], ['US'], 0.70),
        new DemandPartner('smaato', ['320x50', '300x250'], $all, 0.60),
    ]);

    $server = new SocketHttpServer();
    $server->expose('0.0.0.0:8080');
    $server->start(new AuctionHandler($pool, 3));
}
