<?php

declare(strict_types=1);

namespace {

    /**
     * Stand-in for the function the FrankenPHP SAPI provides in worker mode.
     * It blocks until a request arrives, fills the superglobals ($_SERVER,
     * $_GET, $_POST, $_COOKIE, $_FILES, $_REQUEST) afresh for that request, runs
     * the handler and returns false when the worker must stop. Everything
     * else, $GLOBALS entries the script created included, survives.
     */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $i = $served++;

        $apn = sprintf('%03d-%03d-%03d', 100 + $i % 900, intdiv($i, 900) % 1000, ($i * 7) % 1000);
        $_GET = ['apn' => $apn, 'format' => 'json'];
        $_POST = [];
        $_COOKIE = ['portal_session' => 'b7f3c2a1'];
        $_FILES = [];
        $_REQUEST = $_GET;
        $_SERVER = [
            'REQUEST_METHOD' => 'GET',
            'REQUEST_URI' => '/zoning/parcel?apn=' . $apn,
            'SCRIPT_NAME' => '/index.php',
            'HTTP_ACCEPT' => 'application/json',
            'FRANKENPHP_WORKER' => '1',
        ];

        $handler();
        return true;
    }
}

namespace Civic\Zoning {

    /**
     * Request-scoped memo the legacy templates use (they predate the
     * container and only see superglobals).
     */
    final class RequestScope
    {
        public static function remember(string $key, \Closure $compute): mixed
        {
            if (!array_key_exists($key, $_SERVER['app.request_scope'] ?? [])) {
                $_SERVER['app.request_scope'][$key] = $compute();
            }
            return $_SERVER['app.request_scope'][$key];
        }
    }

    final class ZoningDetermination
    {
        /** @param list<string> $overlays @param array<string, float> $setbacksFt @param list<string> $permittedUses */
        public function __construct(
            public readonly string $apn,
            public readonly string $district,
            public readonly array $overlays,
            public readonly array $setbacksFt,
            public readonly array $permittedUses,
            public readonly string $legalDescription,
            public readonly float $maxLotCoverage,
        ) {
        }
    }

    final class ZoningMap
    {
        private const DISTRICTS = ['R-1', 'R-2', 'RM-3', 'C-1', 'C-2', 'MU-1', 'I-1'];
        private const USES = [
            'R-1' => ['single-family dwelling', 'accessory dwelling unit', 'home occupation'],
            'R-2' => ['single-family dwelling', 'two-family dwelling', 'accessory dwelling unit'],
            'RM-3' => ['multi-family dwelling', 'group home', 'day care (small)'],
            'C-1' => ['retail', 'personal services', 'restaurant without drive-through'],
            'C-2' => ['retail', 'restaurant', 'automobile service', 'hotel'],
            'MU-1' => ['ground-floor retail', 'upper-floor residential', 'office'],
            'I-1' => ['light manufacturing', 'warehouse', 'contractor yard'],
        ];

        public function determine(string $apn): ZoningDetermination
        {
            $h = crc32($apn);
            $district = self::DISTRICTS[$h % 7];
            $overlays = [];
            if ($h % 3 === 0) {
                $overlays[] = 'Historic Preservation Overlay (HPO-' . ($h % 12) . ')';
            }
            if ($h % 5 === 0) {
                $overlays[] = 'Floodplain Overlay, FIRM panel ' . sprintf('42101C%04dG', $h % 9999);
            }
            return new ZoningDetermination(
                $apn,
                $district,
                $overlays,
                ['front' => 20.0 + $h % 5, 'side' => 5.0 + $h % 3, 'rear' => 25.0],
                self::USES[$district],
                sprintf(
                    'Lot %d of Block %d, %s Addition, as recorded in Plat Book %d, Page %d, of the public records of the county; parcel %s, less the east %d feet thereof for right-of-way.',
                    $h % 40,
                    $h % 120,
                    ['Northgate', 'Riverside', 'Oak Hill', 'Mill Creek'][$h % 4],
                    10 + $h % 90,
                    $h % 300,
                    $apn,
                    5 + $h % 10,
                ),
                0.35 + ($h % 20) / 100,
            );
        }
    }

    final class ParcelController
    {
        public function __construct(private readonly ZoningMap $map)
        {
        }

        public function show(): string
        {
            $apn = preg_replace('/[^0-9-]/', '', (string) ($_GET['apn'] ?? ''));
            $determination = RequestScope::remember('zoning:' . $apn, fn () => $this->map->determine($apn));

            // the header partial reads the same memo to render the breadcrumb
            $title = RequestScope::remember('zoning:' . $apn, fn () => $this->map->determine($apn))->district;

            return json_encode([
                'apn' => $determination->apn,
                'title' => $title,
                'district' => $determination->district,
                'overlays' => $determination->overlays,
                'setbacks' => $determination->setbacksFt,
                'uses' => $determination->permittedUses,
            ]);
        }
    }
}

namespace {

    use Civic\Zoning\ParcelController;
    use Civic\Zoning\ZoningMap;

    ignore_user_abort(true);

    $controller = new ParcelController(new ZoningMap());
    $handler = static function () use ($controller): void {
        $body = $controller->show();
        // echo $body;
    };

    for ($nbRequests = 0, $running = true; $running; ++$nbRequests) {
        $running = frankenphp_handle_request($handler);
        gc_collect_cycles();
    }
}
