<?php
declare(strict_types=1);

// FrankenPHP worker script for the driver app: during a pooled ride the
// app polls GET /trips/{id}/next-stop to show the next pickup or drop-off.

if (!function_exists('frankenphp_handle_request')) {
    // Local stand-in for the FrankenPHP runtime: fills the superglobals the
    // way the server does and calls the handler once per request.
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
            return false;
        }
        $i = $served++;
        $_SERVER['REQUEST_METHOD'] = 'GET';
        $_SERVER['REQUEST_URI'] = '/trips/trp_' . (610000 + $i) . '/next-stop';
        $_GET = ['lat' => (string) (52.36 + ($i % 40) / 1000), 'lng' => (string) (4.88 + ($i % 30) / 1000)];
        $_SERVER['HTTP_X_DRIVER_ID'] = 'drv_' . (2000 + $i % 60);
        $handler();
        return true;
    }
}

final class Stop
{
    public function __construct(
        public readonly string $kind,
        public readonly string $riderId,
        public readonly float $lat,
        public readonly float $lng,
        public readonly string $label,
        public readonly ?int $completedAt,
    ) {}
}

final class TripPlan
{
    /** @var \Generator<int, Stop>|null */
    private ?\Generator $cursor = null;

    /** @param list<Stop> $stops */
    public function __construct(
        public readonly string $tripId,
        public readonly string $driverId,
        private array $stops,
    ) {}

    public function nextStop(): ?Stop
    {
        $this->cursor ??= $this->pendingStops(); // leak
        return $this->cursor->valid() ? $this->cursor->current() : null;
    }

    public function remainingKm(float $fromLat, float $fromLng): float
    {
        $km = 0.0;
        foreach ($this->stops as $stop) {
            if ($stop->completedAt !== null) {
                continue;
            }
            $km += Geo::km($fromLat, $fromLng, $stop->lat, $stop->lng);
            [$fromLat, $fromLng] = [$stop->lat, $stop->lng];
        }
        return $km;
    }

    public function ridersOnBoard(): int
    {
        $n = 0;
        foreach ($this->stops as $stop) {
            if ($stop->completedAt !== null) {
                $n += $stop->kind === 'pickup' ? 1 : -1;
            }
        }
        return $n;
    }

    /** @return \Generator<int, Stop> */
    private function pendingStops(): \Generator
    {
        foreach ($this->stops as $i => $stop) {
            if ($stop->completedAt === null) {
                yield $i => $stop;
            }
        }
    }
}

final class Geo
{
    public static function km(float $lat1, float $lng1, float $lat2, float $lng2): float
    {
        $dLat = ($lat2 - $lat1) * 111.2;
        $dLng = ($lng2 - $lng1) * 111.2 * cos(deg2rad($lat1));
        return sqrt($dLat * $dLat + $dLng * $dLng);
    }
}

final class TripRepository
{
    public function find(string $tripId): ?TripPlan
    {
        $seed = crc32($tripId);
        $riders = 2 + $seed % 2;
        $stops = [];
        $done = $seed % ($riders * 2);
        for ($r = 0; $r < $riders; $r++) {
            $rider = 'rdr_' . (400000 + ($seed >> $r) % 90000);
            $stops[] = ['pickup', $rider, 52.35 + (($seed >> $r) % 50) / 1000, 4.87 + (($seed >> ($r + 2)) % 40) / 1000, 'Pickup ' . $rider . ' at ' . ['Centraal Station, side IJ', 'Leidseplein 12', 'Museumplein', 'Amstel Station'][($seed + $r) % 4]];
            $stops[] = ['dropoff', $rider, 52.34 + (($seed >> ($r + 1)) % 60) / 1000, 4.85 + (($seed >> ($r + 3)) % 70) / 1000, 'Drop off ' . $rider . ' at ' . ['Zuidas, Gustav Mahlerlaan', 'Oost, Dapperstraat', 'Noord, NDSM-werf', 'Westerpark'][($seed >> $r) % 4]];
        }
        usort($stops, static fn (array $a, array $b) => $a[2] <=> $b[2]);
        $plan = [];
        foreach ($stops as $k => [$kind, $rider, $lat, $lng, $label]) {
            $plan[] = new Stop($kind, $rider, $lat, $lng, $label, $k < $done ? 1718400000 + $k * 300 : null);
        }
        return new TripPlan($tripId, 'drv_' . (2000 + $seed % 60), $plan);
    }
}

final class NextStopController
{
    public function __construct(private TripRepository $trips, private float $avgKmh) {}

    public function __invoke(string $tripId, string $driverId, float $lat, float $lng): array
    {
        $plan = $this->trips->find($tripId);
        if ($plan === null) {
            return ['status' => 404];
        }
        $next = $plan->nextStop();
        if ($next === null) {
            return ['status' => 200, 'trip_id' => $tripId, 'next' => null, 'state' => 'completed'];
        }
        $km = Geo::km($lat, $lng, $next->lat, $next->lng);

        return [
            'status' => 200,
            'trip_id' => $tripId,
            'next' => ['kind' => $next->kind, 'rider' => $next->riderId, 'label' => $next->label],
            'eta_min' => (int) ceil($km / $this->avgKmh * 60),
            'remaining_km' => round($plan->remainingKm($lat, $lng), 2),
            'on_board' => $plan->ridersOnBoard(),
        ];
    }
}

// --- worker boot ---------------------------------------------------------
$controller = new NextStopController(new TripRepository(), 24.0);

$handler = static function () use ($controller): void {
    if (!preg_match('#^/trips/(trp_\d+)/next-stop$#', $_SERVER['REQUEST_URI'], $m)) {
        http_response_code(404);
        return;
    }
    $body = $controller($m[1], $_SERVER['HTTP_X_DRIVER_ID'] ?? '', (float) ($_GET['lat'] ?? 0), (float) ($_GET['lng'] ?? 0));
    $json = json_encode($body);
};

while (frankenphp_handle_request($handler)) {
    // keep serving until the runtime asks the worker to stop
}
