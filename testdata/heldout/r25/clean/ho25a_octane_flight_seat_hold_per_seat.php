<?php

declare(strict_types=1);

// Laravel Octane app: the seat picker places a 15-minute hold on a seat while
// the passenger pays. Holds are looked up again by the payment callback.

final class SeatHold
{
    public function __construct(
        public readonly string $token,
        public readonly string $flightNumber,
        public readonly string $departureDate,
        public readonly string $seat,
        public readonly string $passengerRef,
        public readonly string $passengerName,
        public readonly string $contactEmail,
        public readonly string $fareBasis,
        public readonly int $priceMinor,
        public readonly int $expiresAt,
        /** @var array<string, int|string> */
        public readonly array $priceBreakdown,
    ) {
    }

    public function isExpired(int $now): bool
    {
        return $now >= $this->expiresAt;
    }
}

trait TracksActiveHolds
{
    /** @var array<string, SeatHold> */
    private static array $activeHolds = [];

    protected static function rememberHold(string $key, SeatHold $hold): void
    {
        self::$activeHolds[$key] = $hold;
    }

    protected static function forgetHold(string $key): void
    {
        unset(self::$activeHolds[$key]);
    }

    protected static function findHold(string $key): ?SeatHold
    {
        return self::$activeHolds[$key] ?? null;
    }
}

final class SeatMap
{
    /** @var array<string, list<string>> */
    private array $seats = [];

    /** @param list<string> $flights */
    public function __construct(array $flights, int $rows, string $letters)
    {
        foreach ($flights as $flight) {
            for ($r = 1; $r <= $rows; $r++) {
                foreach (str_split($letters) as $letter) {
                    $this->seats[$flight][] = $r . $letter;
                }
            }
        }
    }

    /** @return list<string> */
    public function seatsFor(string $flight): array
    {
        return $this->seats[$flight] ?? [];
    }

    public function exists(string $flight, string $seat): bool
    {
        return in_array($seat, $this->seatsFor($flight), true);
    }
}

final class RequestClock
{
    private int $now;

    public function __construct(int $bootTime)
    {
        $this->now = $bootTime;
    }

    public function setFromRequest(int $requestTime): void
    {
        $this->now = $requestTime;
    }

    public function now(): int
    {
        return $this->now;
    }
}

final class SeatHoldService
{
    use TracksActiveHolds;

    private const HOLD_SECONDS = 900;

    public function __construct(
        private readonly SeatMap $seatMap,
        private readonly RequestClock $clock,
    ) {
    }

    public function place(string $flight, string $date, string $seat, array $passenger, string $fareBasis, int $priceMinor): ?SeatHold
    {
        if (!$this->seatMap->exists($flight, $seat)) {
            throw new InvalidArgumentException("Seat {$seat} does not exist on {$flight}");
        }

        $token = $this->newToken($flight, $passenger['ref']);
        $current = self::findHold($this->holdKey($token, $flight, $date, $seat));
        if ($current !== null && !$current->isExpired($this->clock->now())) {
            return null;
        }

        $hold = new SeatHold(
            $token,
            $flight,
            $date,
            $seat,
            $passenger['ref'],
            $passenger['surname'] . '/' . $passenger['given_name'],
            strtolower($passenger['email']),
            $fareBasis,
            $priceMinor,
            $this->clock->now() + self::HOLD_SECONDS,
            $this->priceBreakdown($seat, $priceMinor),
        );
        self::rememberHold($this->holdKey($token, $flight, $date, $seat), $hold);

        return $hold;
    }

    public function confirm(string $token, string $flight, string $date, string $seat): bool
    {
        $key = $this->holdKey($token, $flight, $date, $seat);
        $hold = self::findHold($key);
        if ($hold === null || $hold->token !== $token || $hold->isExpired($this->clock->now())) {
            return false;
        }
        self::forgetHold($key);

        return true;
    }

    /** @return array<string, int|string> */
    private function priceBreakdown(string $seat, int $priceMinor): array
    {
        $row = (int) $seat;
        $vat = intdiv($priceMinor * 21, 121);

        return [
            'currency' => 'EUR',
            'seat_type' => $row <= 3 ? 'extra_legroom' : ($row >= 9 ? 'rear' : 'standard'),
            'net' => $priceMinor - $vat,
            'vat' => $vat,
            'total' => $priceMinor,
        ];
    }

    private function holdKey(string $token, string $flight, string $date, string $seat): string
    {
        // One live hold per seat of a departure; a newer hold replaces an expired one.
        return $flight . '/' . $date . '/' . $seat;
    }

    private function newToken(string $flight, string $passengerRef): string
    {
        return 'sh_' . substr(hash('sha256', $flight . '|' . $passengerRef . '|' . $this->clock->now()), 0, 24);
    }
}

final class SeatSelectionController
{
    public function __construct(
        private readonly SeatHoldService $holds,
        private readonly RequestClock $clock,
    ) {
    }

    /** @param array<string, mixed> $input */
    public function hold(array $input, int $requestTime): array
    {
        $this->clock->setFromRequest($requestTime);
        $hold = $this->holds->place(
            $input['flight'],
            $input['date'],
            $input['seat'],
            $input['passenger'],
            $input['fare_basis'],
            (int) round($input['seat_price'] * 100),
        );

        return ['hold' => $hold?->token, 'expires_at' => $hold?->expiresAt];
    }

    /** @param array<string, mixed> $input */
    public function paymentCallback(array $input, int $requestTime): array
    {
        $this->clock->setFromRequest($requestTime);

        return ['confirmed' => $this->holds->confirm($input['hold'], $input['flight'], $input['date'], $input['seat'])];
    }
}

// Octane worker boot: singletons resolved once; departures on sale are loaded.
$departures = ['KL1023' => '2024-06-28', 'KL1347' => '2024-06-28', 'KL0641' => '2024-06-29'];
$flights = array_keys($departures);
$seatMap = new SeatMap($flights, 10, 'ABCDEF');
$clock = new RequestClock(1_719_000_000);
$controller = new SeatSelectionController(new SeatHoldService($seatMap, $clock), $clock);

$surnames = ['NGUYEN', 'SCHMIDT', 'OKONKWO', 'GARCIA', 'TANAKA', 'DUBOIS'];
$given = ['LINH', 'JONAS', 'ADA', 'MARTA', 'KENJI', 'CLAIRE'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $flight = $flights[$i % count($flights)];
    $seats = $seatMap->seatsFor($flight);
    $requestTime = 1_719_000_000 + $i * 20;
    $input = [
        'flight' => $flight,
        'date' => $departures[$flight],
        'seat' => $seats[($i * 7) % count($seats)],
        'passenger' => [
            'ref' => sprintf('PAX%07d', 310000 + $i),
            'surname' => $surnames[$i % 6],
            'given_name' => $given[($i * 5) % 6],
            'email' => sprintf('%s.%s+%d@Example-Mail.com', $given[($i * 5) % 6], $surnames[$i % 6], 4100 + $i),
        ],
        'fare_basis' => ['YLOWNL', 'MFLEX', 'KSAVER'][$i % 3],
        'seat_price' => 18.5 + ($i % 4) * 6,
    ];

    $response = $controller->hold($input, $requestTime);

    // About one passenger in three completes payment; the others close the tab.
    if ($i % 3 === 0 && $response['hold'] !== null) {
        $controller->paymentCallback(
            ['hold' => $response['hold'], 'flight' => $input['flight'], 'date' => $input['date'], 'seat' => $input['seat']],
            $requestTime + 95,
        );
    }
}
