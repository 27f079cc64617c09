<?php

declare(strict_types=1);

// RoadRunner HTTP worker for the FX conversion API. Quotes from the upstream
// rate provider are cached in a process-wide cache so that bursts of
// conversions for the same pair do not hammer the provider.

namespace App\Fx;

final class FxQuote
{
    public function __construct(
        public readonly string $base,
        public readonly string $quote,
        public readonly string $rate,
        public readonly int $asOf,
        public readonly string $provider,
        public readonly array $meta,
    ) {
    }
}

final class UpstreamRateProvider
{
    private const MID = ['EUR/USD' => 1.0871, 'GBP/USD' => 1.2694, 'USD/JPY' => 149.32, 'USD/CHF' => 0.8812, 'EUR/GBP' => 0.8564];

    public function fetch(string $base, string $quote, int $at): FxQuote
    {
        $pair = $base . '/' . $quote;
        $mid = self::MID[$pair] ?? 1.0;
        $drift = (($at % 977) - 488) / 1_000_000;
        $rate = number_format($mid * (1 + $drift), 6, '.', '');

        return new FxQuote($base, $quote, $rate, $at, 'refinitiv-stub', [
            'bid' => number_format((float) $rate * 0.9998, 6, '.', ''),
            'ask' => number_format((float) $rate * 1.0002, 6, '.', ''),
            'source_id' => sprintf('rfx-%s-%d', strtolower($base . $quote), $at),
            'venue' => 'LDN',
            'fetched_at' => gmdate(DATE_ATOM, $at),
        ]);
    }
}

final class QuoteKey
{
    public const SUPPORTED = ['EURUSD', 'GBPUSD', 'USDJPY', 'USDCHF', 'EURGBP'];

    // One slot per supported pair; freshness is checked on read, so a stale
    // quote is replaced in place instead of being cached under a new key.
    public static function for(string $base, string $quote): string
    {
        $pair = strtoupper($base) . strtoupper($quote);
        if (!in_array($pair, self::SUPPORTED, true)) {
            throw new \InvalidArgumentException('unsupported pair ' . $pair);
        }

        return $pair;
    }
}

final class FxRateCache
{
    private static ?self $instance = null;

    /** @var array<string, FxQuote> */
    private array $quotes = [];

    private int $hits = 0;

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function remember(string $key, int $now, int $ttl, callable $load): FxQuote
    {
        $cached = $this->quotes[$key] ?? null;
        if ($cached !== null && $cached->asOf > $now - $ttl) {
            $this->hits++;

            return $cached;
        }

        return $this->quotes[$key] = $load();
    }
}

final class RateRepository
{
    public function __construct(private UpstreamRateProvider $provider)
    {
    }

    public function quote(string $base, string $quote, int $at): FxQuote
    {
        $key = QuoteKey::for($base, $quote);

        return FxRateCache::instance()->remember($key, $at, 60, fn () => $this->provider->fetch($base, $quote, $at));
    }
}

final class ConversionService
{
    public function __construct(private RateRepository $rates)
    {
    }

    /** @return array{amount: string, rate: string, quote_id: string} */
    public function convert(string $amountMinor, string $from, string $to, int $at): array
    {
        $q = $this->rates->quote($from, $to, $at);
        $converted = (int) round(((int) $amountMinor) * (float) $q->rate);

        return ['amount' => (string) $converted, 'rate' => $q->rate, 'quote_id' => $q->meta['source_id']];
    }
}

final class Request
{
    public function __construct(public readonly string $path, public readonly array $query, public readonly int $receivedAt)
    {
    }
}

final class PSR7WorkerStub
{
    private const PAIRS = [['EUR', 'USD'], ['GBP', 'USD'], ['USD', 'JPY'], ['USD', 'CHF'], ['EUR', 'GBP']];
    private int $served = 0;

    public function __construct(private int $limit, private int $clock)
    {
    }

    public function waitRequest(): ?Request
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        [$from, $to] = self::PAIRS[$i % count(self::PAIRS)];
        $this->clock += 61;

        return new Request('/v1/convert', ['from' => $from, 'to' => $to, 'amount' => (string) (1000 + ($i * 7919) % 250000)], $this->clock);
    }

    public function respond(int $status, string $body): void
    {
    }
}

$service = new ConversionService(new RateRepository(new UpstreamRateProvider()));
$worker = new PSR7WorkerStub((int) (getenv('PHPLEAK_N') ?: 100), 1_700_000_000);

while ($req = $worker->waitRequest()) {
    $result = $service->convert($req->query['amount'], $req->query['from'], $req->query['to'], $req->receivedAt);
    $worker->respond(200, json_encode($result));
}
