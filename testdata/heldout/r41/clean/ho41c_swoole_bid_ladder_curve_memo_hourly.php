<?php

declare(strict_types=1);

// Swoole HTTP server for the day-ahead bidding desk: traders POST a bid
// ladder for one delivery hour and get back where it would clear against
// the reference merit-order curve of the bidding zone.

enum BiddingZone: string
{
    case NL = '10YNL----------L';
    case BE = '10YBE----------2';
    case DE_LU = '10Y1001A1001A82H';
    case FR = '10YFR-RTE------C';
}

final class DeliveryPeriod
{
    public function __construct(public readonly DateTimeImmutable $start, public readonly int $minutes = 60)
    {
    }

    public function hourOfDay(): int
    {
        return (int) $this->start->format('G');
    }
}

final class BidLadder
{
    /** @param list<array{0: float, 1: float}> $steps price EUR/MWh => volume MW */
    public function __construct(
        public readonly string $portfolio,
        public readonly BiddingZone $zone,
        public readonly DeliveryPeriod $period,
        public readonly array $steps,
    ) {
    }
}

trait MemoizesReferenceCurves
{
    /** @var array<string, list<array{0: float, 1: float}>> */
    private static array $curveMemo = [];

    private static function rememberCurve(string $key, callable $build): array
    {
        if (!isset(self::$curveMemo[$key])) {
            self::$curveMemo[$key] = $build();
        }

        return self::$curveMemo[$key];
    }
}

final class ReferenceCurveProvider
{
    use MemoizesReferenceCurves;

    /** @param array<string, float> $baseload */
    public function __construct(private array $baseload)
    {
    }

    public function curveFor(BiddingZone $zone, DeliveryPeriod $period): array
    {
        return self::rememberCurve(
            $this->curveKey($zone, $period),
            fn () => $this->buildCurve($zone, $period->hourOfDay()),
        );
    }

    private function curveKey(BiddingZone $zone, DeliveryPeriod $period): string
    {
        return "{$zone->value}@h{$period->hourOfDay()}";
    }

    private function buildCurve(BiddingZone $zone, int $hour): array
    {
        $base = $this->baseload[$zone->name] ?? 60.0;
        $peak = ($hour >= 8 && $hour < 20) ? 1.35 : 0.85;
        $curve = [];
        for ($step = 0; $step < 16; $step++) {
            $curve[] = [round(($base + $step * 9.5) * $peak, 2), round(400.0 + $step * 125.0 * $peak, 1)];
        }

        return $curve;
    }
}

final class LadderClearingService
{
    public function __construct(private ReferenceCurveProvider $curves)
    {
    }

    public function preview(BidLadder $ladder): array
    {
        $curve = $this->curves->curveFor($ladder->zone, $ladder->period);
        $accepted = 0.0;
        $marginal = null;
        foreach ($ladder->steps as [$price, $volume]) {
            foreach ($curve as [$refPrice, $refVolume]) {
                if ($price >= $refPrice) {
                    $accepted += min($volume, $refVolume);
                    $marginal = $refPrice;
                    break;
                }
            }
        }

        return ['portfolio' => $ladder->portfolio, 'accepted_mw' => $accepted, 'marginal' => $marginal];
    }
}

/** Minimal stand-in for Swoole\Http\Server: fires 'request' for each queued call. */
final class HttpServer
{
    private array $callbacks = [];

    public function __construct(private iterable $incoming)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        foreach ($this->incoming as $raw) {
            $response = new class {
                public int $status = 200;
                public string $body = '';

                public function end(string $body): void
                {
                    $this->body = $body;
                }
            };
            ($this->callbacks['request'])((object) ['rawContent' => $raw], $response);
        }
    }
}

// ---- boot ---------------------------------------------------------------
$service = new LadderClearingService(new ReferenceCurveProvider(['NL' => 72.0, 'BE' => 70.5, 'DE_LU' => 66.0, 'FR' => 58.0]));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$incoming = (function () use ($n) {
    $zones = ['10YNL----------L', '10YBE----------2', '10Y1001A1001A82H', '10YFR-RTE------C'];
    for ($i = 0; $i < $n; $i++) {
        yield json_encode([
            'portfolio' => sprintf('PF-%03d', $i % 40),
            'zone' => $zones[$i % 4],
            'delivery_start' => gmdate('Y-m-d\TH:00:00\Z', 1717200000 + $i * 3600),
            'steps' => [[-500, 20 + $i % 5], [45.5, 60], [88.0 + $i % 9, 25], [140, 10]],
        ]);
    }
})();

$server = new HttpServer($incoming);
$server->on('request', function ($request, $response) use ($service) {
    $payload = json_decode($request->rawContent, true, 512, JSON_THROW_ON_ERROR);
    $zone = BiddingZone::tryFrom($payload['zone']);
    if ($zone === null) {
        $response->status = 422;
        $response->end('{"error":"unknown bidding zone"}');

        return;
    }
    $ladder = new BidLadder(
        $payload['portfolio'],
        $zone,
        new DeliveryPeriod(new DateTimeImmutable($payload['delivery_start'])),
        array_map(fn (array $s) => [(float) $s[0], (float) $s[1]], $payload['steps']),
    );
    $response->end(json_encode($service->preview($ladder)));
});
$server->start();
