<?php

declare(strict_types=1);

namespace Acme\Shipping\Carrier;

final class LatencySample
{
    public function __construct(
        public readonly string $carrier,
        public readonly string $requestId,
        public readonly float $milliseconds,
        public readonly int $status,
        public readonly string $quoteSummary,
    ) {
    }
}

/** Sliding window of the most recent call latencies for one carrier API. */
final class LatencyWindow
{
    private const CAPACITY = 100;

    /** @var list<LatencySample> */
    private array $samples = [];

    public function record(LatencySample $sample): void
    {
        $this->samples[] = $sample; // leak
    }

    public function p95(): float
    {
        if (count($this->samples) > self::CAPACITY) {
            $this->samples = array_slice($this->samples, -self::CAPACITY);
        }
        if ($this->samples === []) {
            return 0.0;
        }
        $values = array_map(static fn (LatencySample $s): float => $s->milliseconds, $this->samples);
        sort($values);

        return $values[(int) floor(0.95 * (count($values) - 1))];
    }
}

/** Timeout adapts to observed latency after the carrier has had a slow/failed call. */
final class AdaptiveTimeout
{
    private bool $degraded = false;

    public function __construct(
        private readonly LatencyWindow $window,
        private readonly float $defaultSeconds = 5.0,
    ) {
    }

    public function markOutcome(int $status): void
    {
        $this->degraded = $status >= 500 || $status === 0;
    }

    public function seconds(): float
    {
        if (!$this->degraded) {
            return $this->defaultSeconds;
        }

        return max(1.0, min(15.0, 2 * $this->window->p95() / 1000));
    }
}

final class RateRequest
{
    public function __construct(
        public readonly string $fromPostcode,
        public readonly string $toPostcode,
        public readonly int $weightGrams,
        public readonly string $service,
    ) {
    }
}

interface CarrierApi
{
    /** @return array{status: int, body: string} */
    public function quote(RateRequest $request, float $timeout): array;
}

final class FakeCarrierApi implements CarrierApi
{
    public function quote(RateRequest $request, float $timeout): array
    {
        $price = 495 + intdiv($request->weightGrams, 100) * 7;

        return ['status' => 200, 'body' => json_encode([
            'service' => $request->service,
            'price_cents' => $price,
            'transit_days' => 2,
            'lane' => "{$request->fromPostcode}>{$request->toPostcode}",
        ], JSON_THROW_ON_ERROR)];
    }
}

final class CarrierRateClient
{
    private int $sequence = 0;

    public function __construct(
        private readonly string $carrier,
        private readonly CarrierApi $api,
        private readonly LatencyWindow $latencies,
        private readonly AdaptiveTimeout $timeout,
    ) {
    }

    public function quote(RateRequest $request): int
    {
        $started = hrtime(true);
        $response = $this->api->quote($request, $this->timeout->seconds());
        $elapsedMs = (hrtime(true) - $started) / 1e6;

        $this->timeout->markOutcome($response['status']);
        $this->latencies->record(new LatencySample(
            $this->carrier,
            sprintf('%s-%d-%s', $this->carrier, ++$this->sequence, bin2hex(random_bytes(6))),
            $elapsedMs,
            $response['status'],
            sprintf('%s %s->%s %dg: %s', $request->service, $request->fromPostcode, $request->toPostcode, $request->weightGrams, $response['body']),
        ));

        return (int) json_decode($response['body'], true, 4, JSON_THROW_ON_ERROR)['price_cents'];
    }
}

final class CheckoutShippingQuoteAction
{
    public function __construct(private readonly CarrierRateClient $client)
    {
    }

    /** @param array{from: string, to: string, grams: int} $input */
    public function __invoke(array $input): array
    {
        $price = $this->client->quote(new RateRequest($input['from'], $input['to'], $input['grams'], 'parcel-standard'));

        return ['carrier' => 'postnl', 'price_cents' => $price];
    }
}

$window = new LatencyWindow();
$action = new CheckoutShippingQuoteAction(
    new CarrierRateClient('postnl', new FakeCarrierApi(), $window, new AdaptiveTimeout($window)),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $action(['from' => '1012AB', 'to' => sprintf('%04dCD', 1000 + $i % 8999), 'grams' => 250 + $i % 20000]);
}
