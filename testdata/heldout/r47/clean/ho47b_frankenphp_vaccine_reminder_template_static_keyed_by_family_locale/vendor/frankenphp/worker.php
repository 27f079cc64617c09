<?php
// Minimal stand-in for the FrankenPHP worker-mode runtime: the real extension
// is not installed here. Each call serves one request: it populates the
// superglobals for that request, invokes the handler, then resets them.

final class FrankenTrafficReplay
{
    private const SPECIES = ['canine', 'feline', 'rabbit', 'ferret'];
    private const LOCALES = ['en', 'fr', 'de', 'nl', 'es-MX'];
    private const NAMES = ['Biscuit', 'Luna', 'Pepper', 'Mochi', 'Rex', 'Hazel', 'Otis', 'Juniper'];

    public static function requestFor(int $seq): array
    {
        return [
            'get' => [
                'pet_id' => (string) (70000 + $seq),
                'pet_name' => self::NAMES[$seq % count(self::NAMES)] . ' ' . $seq,
                'species' => self::SPECIES[$seq % count(self::SPECIES)],
                'lang' => self::LOCALES[$seq % count(self::LOCALES)],
                'vaccine' => ['rabies', 'dhpp', 'fvrcp', 'rhdv2'][$seq % 4],
                'due' => date('Y-m-d', 1735689600 + 86400 * ($seq % 90)),
            ],
            'server' => [
                'REQUEST_METHOD' => 'GET',
                'REQUEST_URI' => '/reminders/preview',
                'HTTP_HOST' => 'clinic.example.test',
                'HTTP_X_CLINIC_ID' => 'clinic-' . (1 + $seq % 3),
            ],
        ];
    }
}

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $served++;
        $req = FrankenTrafficReplay::requestFor($served);
        $baseServer = $_SERVER;
        $_GET = $req['get'];
        $_SERVER = $req['server'] + $baseServer;
        try {
            $handler();
        } finally {
            $_GET = [];
            $_POST = [];
            $_SERVER = $baseServer;
        }
        return true;
    }
}
