<?php
// Swoole HTTP worker of a channel manager: OTAs poll /availability/quote for a
// room type and stay; the quote engine memoises the last computed quote per
// query object so that the availability check, the rate check and the
// response serializer in the same request do not price the stay three times.

declare(strict_types=1);

final class AvailabilityQuery
{
    public function __construct(
        public readonly string $hotelCode,
        public readonly string $roomTypeCode,
        public readonly string $ratePlanCode,
        public readonly DateTimeImmutable $checkIn,
        public readonly int $nights,
        public readonly int $adults,
        public readonly string $requestId,
    ) {
    }

    public static function fromPayload(array $payload): self
    {
        return new self(
            $payload['hotel'],
            $payload['room_type'],
            $payload['rate_plan'],
            new DateTimeImmutable($payload['check_in']),
            (int) $payload['los'],
            (int) $payload['adults'],
            $payload['request_id'],
        );
    }
}

final class NightlyRateTable
{
    /** @var array<string, array<string, int>> */
    private array $base = [];

    public function __construct(array $seed)
    {
        $this->base = $seed;
    }

    public function baseFor(string $roomType, string $ratePlan): int
    {
        return $this->base[$roomType][$ratePlan] ?? 12000;
    }
}

final class QuoteMemo
{
    /** @var array<int, array{query: AvailabilityQuery, quote: array}> */
    private array $entries = [];

    public function lookup(AvailabilityQuery $query): ?array
    {
        $slot = $this->slotOf($query);
        if (!isset($this->entries[$slot])) {
            return null;
        }
        // spl_object_id() values are recycled, so make sure the slot really
        // belongs to this query before trusting it.
        return $this->entries[$slot]['query'] === $query ? $this->entries[$slot]['quote'] : null;
    }

    public function store(AvailabilityQuery $query, array $quote): void
    {
        $this->entries[$this->slotOf($query)] = ['query' => $query, 'quote' => $quote]; // leak
    }

    private function slotOf(AvailabilityQuery $query): int
    {
        return spl_object_id($query);
    }
}

final class QuoteEngine
{
    public function __construct(
        private readonly NightlyRateTable $rates,
        private readonly QuoteMemo $memo,
    ) {
    }

    public function quote(AvailabilityQuery $query): array
    {
        $cached = $this->memo->lookup($query);
        if ($cached !== null) {
            return $cached;
        }

        $base = $this->rates->baseFor($query->roomTypeCode, $query->ratePlanCode);
        $nights = [];
        $day = $query->checkIn;
        for ($n = 0; $n < $query->nights; $n++) {
            $weekend = in_array($day->format('N'), ['5', '6'], true);
            $amount = $weekend ? (int) round($base * 1.18) : $base;
            $nights[] = [
                'date' => $day->format('Y-m-d'),
                'amount' => $amount + ($query->adults - 2) * 1500,
                'label' => sprintf('%s %s night of %s', $query->roomTypeCode, $weekend ? 'weekend' : 'weekday', $day->format('D j M Y')),
            ];
            $day = $day->modify('+1 day');
        }

        $quote = [
            'request_id' => $query->requestId,
            'hotel' => $query->hotelCode,
            'currency' => 'EUR',
            'nights' => $nights,
            'total' => array_sum(array_column($nights, 'amount')),
        ];
        $this->memo->store($query, $quote);

        return $quote;
    }
}

final class QuoteController
{
    public function __construct(private readonly QuoteEngine $engine)
    {
    }

    public function __invoke(array $payload): string
    {
        $query = AvailabilityQuery::fromPayload($payload);
        $available = $this->engine->quote($query)['total'] > 0;
        $quote = $this->engine->quote($query);

        return json_encode(['available' => $available, 'quote' => $quote]);
    }
}

// --- boot (once per Swoole worker) ---------------------------------------
$rates = new NightlyRateTable([
    'DBL' => ['BAR' => 14500, 'NRF' => 12900, 'BB' => 16900],
    'TWN' => ['BAR' => 13900, 'NRF' => 12400, 'BB' => 16200],
    'STE' => ['BAR' => 28900, 'NRF' => 25900, 'BB' => 31900],
]);
$controller = new QuoteController(new QuoteEngine($rates, new QuoteMemo()));

$onRequest = static function (array $get) use ($controller): string {
    return $controller($get);
};

// --- request loop (what $server->on('request', ...) receives) -------------
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$roomTypes = ['DBL', 'TWN', 'STE'];
$plans = ['BAR', 'NRF', 'BB'];
for ($i = 0; $i < $n; $i++) {
    $response = $onRequest([
        'hotel' => 'HTL' . (1000 + $i % 7),
        'room_type' => $roomTypes[$i % 3],
        'rate_plan' => $plans[intdiv($i, 3) % 3],
        'check_in' => date('Y-m-d', 1767225600 + ($i % 300) * 86400),
        'los' => 2 + $i % 3,
        'adults' => 1 + $i % 3,
        'request_id' => sprintf('ota-%08x-%04d', crc32((string) $i), $i),
    ]);
    unset($response);
}
