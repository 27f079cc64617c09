<?php

declare(strict_types=1);

/*
 * public/worker.php — climate normals API, FrankenPHP worker mode.
 *
 * The lib/ functions predate the worker and share their lookup tables
 * through $GLOBALS, as they did when every request was a fresh process.
 */

// ---------------------------------------------------------------------------
// FrankenPHP runtime (provided by the embedded SAPI in production).
// ---------------------------------------------------------------------------

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $callback): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $n = $served++;

        // Every request starts with fresh superglobals, like the real SAPI does.
        $station = $n % 5 === 0
            ? ['USW00013967', 'USW00094728', 'USW00023174', 'USW00014739', 'USW00012839', 'USW00024233'][intdiv($n, 5) % 6]
            : sprintf('USC00%06d', 340000 + ($n * 7) % 99991);
        $_GET = ['station' => $station, 'month' => (string) (1 + $n % 12), 'units' => $n % 2 ? 'metric' : 'imperial'];
        $_POST = [];
        $_COOKIE = [];
        $_SERVER = [
            'REQUEST_METHOD' => 'GET',
            'REQUEST_URI' => '/normals?' . http_build_query($_GET),
            'REMOTE_ADDR' => '10.0.' . ($n % 250) . '.7',
            'REQUEST_TIME_FLOAT' => 1717200000.0 + $n,
        ];

        ob_start();
        try {
            $callback();
        } finally {
            ob_end_clean();
        }
        return true;
    }
}

// ---------------------------------------------------------------------------
// lib/normals.php
// ---------------------------------------------------------------------------

/**
 * 1991–2020 daily normals of one station for one calendar month, derived
 * from the GHCN-Daily archive.
 *
 * @return array{tmax: list<float>, tmin: list<float>, prcp: list<float>, days: int}
 */
function climate_normals(string $station, int $month): array
{
    if (isset($GLOBALS['CLIMATE_NORMALS_CACHE'][$station][$month])) {
        return $GLOBALS['CLIMATE_NORMALS_CACHE'][$station][$month];
    }

    $days = cal_days_in_month_gregorian($month);
    $seed = crc32($station);
    $normals = ['tmax' => [], 'tmin' => [], 'prcp' => [], 'days' => $days];
    for ($d = 1; $d <= $days; $d++) {
        $doy = ($month - 1) * 30.4 + $d;
        $season = -cos(($doy - 15) / 365.25 * 2 * M_PI);
        $base = 12 + ($seed % 90) / 10;
        $normals['tmax'][] = round($base + 11 * $season + 5, 1);
        $normals['tmin'][] = round($base + 10 * $season - 5, 1);
        $normals['prcp'][] = round(max(0, 2.1 + sin($doy / 29) + ($seed >> ($d % 16) & 3) / 10), 2);
    }

    $GLOBALS['CLIMATE_NORMALS_CACHE'][$station][$month] = $normals; // leak
    return $normals;
}

function cal_days_in_month_gregorian(int $month): int
{
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][$month - 1];
}

function c_to_f(float $c): float
{
    return round($c * 9 / 5 + 32, 1);
}

// ---------------------------------------------------------------------------
// src/
// ---------------------------------------------------------------------------

final class StationMeta
{
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly float $lat,
        public readonly float $lon,
        public readonly int $elevation,
    ) {
    }
}

/** First-order stations published on the normals portal. */
final class StationRegistry
{
    /** @var array<string, StationMeta> */
    private array $stations = [];

    public static function load(): self
    {
        $registry = new self();
        foreach ([
            ['USW00013967', 'OKLAHOMA CITY WILL ROGERS AP', 35.389, -97.601, 390],
            ['USW00094728', 'NY CITY CENTRAL PARK', 40.779, -73.969, 40],
            ['USW00023174', 'LOS ANGELES INTL AP', 33.938, -118.389, 30],
            ['USW00014739', 'BOSTON LOGAN INTL AP', 42.361, -71.010, 4],
            ['USW00012839', 'MIAMI INTL AP', 25.788, -80.317, 9],
            ['USW00024233', 'SEATTLE TACOMA AP', 47.444, -122.314, 113],
        ] as [$id, $name, $lat, $lon, $elev]) {
            $registry->stations[$id] = new StationMeta($id, $name, $lat, $lon, $elev);
        }
        return $registry;
    }

    public function find(string $id): ?StationMeta
    {
        return $this->stations[$id] ?? null;
    }
}

final class JsonResponder
{
    public function send(int $status, array $body): void
    {
        if (!headers_sent()) {
            http_response_code($status);
            header('Content-Type: application/json');
        }
        echo json_encode($body);
    }
}

final class NormalsController
{
    public function __construct(
        private readonly StationRegistry $stations,
        private readonly JsonResponder $responder,
    ) {
    }

    public function show(): void
    {
        $station = strtoupper(trim((string) ($_GET['station'] ?? '')));
        $month = filter_var($_GET['month'] ?? null, FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 12]]);
        if (!preg_match('/^[A-Z]{2}[A-Z0-9]{9}$/', $station) || $month === false) {
            $this->responder->send(400, ['error' => 'station must be a GHCN id and month 1-12']);
            return;
        }

        $meta = $this->stations->find($station);
        $normals = climate_normals($station, $month);
        $imperial = ($_GET['units'] ?? 'metric') === 'imperial';

        $this->responder->send(200, [
            'station' => $station,
            'name' => $meta?->name,
            'month' => $month,
            'tmax' => $imperial ? array_map('c_to_f', $normals['tmax']) : $normals['tmax'],
            'tmin' => $imperial ? array_map('c_to_f', $normals['tmin']) : $normals['tmin'],
            'prcp_total' => round(array_sum($normals['prcp']), 1),
        ]);
    }
}

// ---------------------------------------------------------------------------
// worker bootstrap
// ---------------------------------------------------------------------------

ignore_user_abort(true);

$GLOBALS['CLIMATE_NORMALS_CACHE'] = [];
$controller = new NormalsController(StationRegistry::load(), new JsonResponder());

$handler = static function () use ($controller): void {
    $controller->show();
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
