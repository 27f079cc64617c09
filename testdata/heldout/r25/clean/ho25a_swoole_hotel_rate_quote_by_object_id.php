<?php

declare(strict_types=1);

// Swoole HTTP server for a hotel booking engine. A middleware prices the
// stay once, and later stages (presenter, analytics) read that quote back
// for the request they are handling.

final class HttpRequest
{
    /**
     * @param array<string, string> $header
     * @param array<string, string> $get
     * @param array<string, string|int> $server
     */
    public function __construct(
        public array $header,
        public array $get,
        public array $server,
        public int $fd,
    ) {
    }
}

final class RatePlan
{
    public function __construct(
        public readonly string $code,
        public readonly string $roomType,
        public readonly int $baseNightMinor,
        public readonly int $weekendUpliftPct,
        public readonly bool $refundable,
        public readonly int $minNights,
    ) {
    }
}

/**
 * @phpstan-type StayQuote array{hotel: string, plan: string, check_in: string, check_out: string, guests: int,
 *     nights: list<array{date: string, amount: int}>, total_minor: int, currency: string, policy: string}
 */

final class RateQuoteContext
{
    /** @var array<int, StayQuote> quotes by request object id; a request's id is reused once it is gone */
    private array $quotes = [];

    public function put(HttpRequest $request, array $quote): void
    {
        $this->quotes[self::slot($request)] = $quote;
    }

    public function for(HttpRequest $request): ?array
    {
        return $this->quotes[self::slot($request)] ?? null;
    }

    private static function slot(HttpRequest $request): int
    {
        return spl_object_id($request);
    }
}

final class AvailabilityPricer
{
    /** @param array<string, RatePlan> $plans */
    public function __construct(private readonly array $plans)
    {
    }

    public function quote(string $hotelId, string $planCode, string $checkIn, int $nights, int $guests): array
    {
        $plan = $this->plans[$planCode] ?? throw new DomainException("Unknown rate plan {$planCode}");
        $nights = max($nights, $plan->minNights);
        $day = new DateTimeImmutable($checkIn);
        $breakdown = [];
        $total = 0;
        for ($k = 0; $k < $nights; $k++) {
            $date = $day->modify("+{$k} days");
            $amount = $plan->baseNightMinor + ($guests > 2 ? 2500 * ($guests - 2) : 0);
            if ((int) $date->format('N') >= 5) {
                $amount = intdiv($amount * (100 + $plan->weekendUpliftPct), 100);
            }
            $breakdown[] = ['date' => $date->format('Y-m-d'), 'amount' => $amount];
            $total += $amount;
        }

        return [
            'hotel' => $hotelId,
            'plan' => $plan->code,
            'check_in' => $checkIn,
            'check_out' => $day->modify("+{$nights} days")->format('Y-m-d'),
            'guests' => $guests,
            'nights' => $breakdown,
            'total_minor' => $total,
            'currency' => 'EUR',
            'policy' => $plan->refundable
                ? sprintf('Free cancellation until %s 18:00 local time', $day->modify('-2 days')->format('Y-m-d'))
                : 'Non-refundable',
        ];
    }
}

final class PricingMiddleware
{
    public function __construct(
        private readonly AvailabilityPricer $pricer,
        private readonly RateQuoteContext $context,
    ) {
    }

    public function process(HttpRequest $request, callable $next): string
    {
        $q = $request->get;
        $quote = $this->pricer->quote(
            $q['hotel'],
            $q['plan'],
            $q['check_in'],
            (int) $q['nights'],
            (int) ($q['guests'] ?? 2),
        );
        $this->context->put($request, $quote);

        return $next($request);
    }
}

final class StaySummaryPresenter
{
    public function __construct(private readonly RateQuoteContext $context)
    {
    }

    public function __invoke(HttpRequest $request): string
    {
        $quote = $this->context->for($request);
        if ($quote === null) {
            return '{"error":"no quote"}';
        }

        return json_encode([
            'hotel' => $quote['hotel'],
            'stay' => [$quote['check_in'], $quote['check_out']],
            'nights' => $quote['nights'],
            'total' => number_format($quote['total_minor'] / 100, 2, '.', '') . ' ' . $quote['currency'],
            'policy' => $quote['policy'],
            'lang' => $request->header['accept-language'] ?? 'en',
        ]);
    }
}

// Server start (onWorkerStart): shared services.
$plans = [
    'BAR' => new RatePlan('BAR', 'DBL', 13900, 20, true, 1),
    'NRF' => new RatePlan('NRF', 'DBL', 11800, 20, false, 1),
    'LSTAY' => new RatePlan('LSTAY', 'DBL', 10500, 10, true, 5),
    'STE' => new RatePlan('STE', 'SUITE', 32000, 25, true, 2),
];
$context = new RateQuoteContext();
$middleware = new PricingMiddleware(new AvailabilityPricer($plans), $context);
$presenter = new StaySummaryPresenter($context);

$planCodes = array_keys($plans);
$hotels = ['htl_ams_canal', 'htl_lis_alfama', 'htl_vie_ring'];

// onRequest
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new HttpRequest(
        [
            'host' => 'book.example-hotels.com',
            'accept-language' => ['en-GB', 'de-AT', 'pt-PT', 'nl-NL'][$i % 4],
            'user-agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_' . ($i % 6) . ' like Mac OS X)',
            'x-session' => sprintf('s%014x', 0x1a2b3c4d5e + $i * 7919),
        ],
        [
            'hotel' => $hotels[$i % 3],
            'plan' => $planCodes[($i * 3) % 4],
            'check_in' => gmdate('Y-m-d', 1_722_470_400 + (($i * 5) % 180) * 86400),
            'nights' => (string) (1 + $i % 6),
            'guests' => (string) (1 + $i % 4),
        ],
        ['request_uri' => '/stay/quote', 'request_time' => 1_720_000_000 + $i, 'remote_addr' => '172.16.4.' . ($i % 250)],
        10 + $i % 64,
    );

    $body = $middleware->process($request, $presenter);
}
