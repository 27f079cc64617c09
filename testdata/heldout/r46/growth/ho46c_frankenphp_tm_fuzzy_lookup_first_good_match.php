<?php

// --- FrankenPHP worker-mode stand-in -----------------------------------------
// The script boots once; frankenphp_handle_request() blocks until a request
// arrives, resets the superglobals for it, runs the handler and returns true
// (false once the worker should stop).
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $i = $served++;
        $id = sprintf('%05d', $i);
        $_GET = ['q' => 'Your subscription renews automatically', 'locale' => 'es-ES'];
        $_POST = [
            'before' => str_repeat("Manage billing details in the account area for workspace $id. ", 8),
            'after' => str_repeat("Cancel at any time before the next billing period ($id). ", 8),
        ];
        $_SERVER['REQUEST_URI'] = "/tm/suggest?segment=$id";
        $handler();
        return true;
    }
}

// --- Application -------------------------------------------------------------

final class ScanCursor
{
    private static int $sequence = 0;
    public readonly int $id;

    public function __construct(
        public readonly string $query,
        public readonly string $locale,
        public readonly string $contextBefore,
        public readonly string $contextAfter,
    ) {
        $this->id = ++self::$sequence;
    }
}

final class TmMatch
{
    public function __construct(
        public readonly string $source,
        public readonly string $target,
        public readonly float $score,
        public readonly ScanCursor $cursor,
    ) {
    }
}

trait TracksInFlightScans
{
    /** @var array<int, ScanCursor> scans currently running, shown on /tm/status */
    private static array $inFlight = [];

    private static function beginScan(ScanCursor $cursor): void
    {
        self::$inFlight[$cursor->id] = $cursor; // leak
    }

    private static function endScan(ScanCursor $cursor): void
    {
        unset(self::$inFlight[$cursor->id]);
    }

    public static function scansInFlight(): int
    {
        return count(self::$inFlight);
    }
}

final class TmShard
{
    /** @param array<string, string> $units source => target */
    public function __construct(private array $units)
    {
    }

    /** @return Generator<TmMatch> */
    public function match(ScanCursor $cursor): Generator
    {
        $queryWords = array_unique(str_word_count(strtolower($cursor->query), 1));
        foreach ($this->units as $source => $target) {
            $words = array_unique(str_word_count(strtolower($source), 1));
            $score = count(array_intersect($queryWords, $words)) / max(count($queryWords), count($words));
            if ($score > 0.3) {
                yield new TmMatch($source, $target, $score, $cursor);
            }
        }
    }
}

final class TranslationMemory
{
    use TracksInFlightScans;

    /** @param list<TmShard> $shards */
    public function __construct(private array $shards)
    {
    }

    /** Streams fuzzy matches shard by shard so callers can stop early. */
    public function fuzzy(ScanCursor $cursor): Generator
    {
        self::beginScan($cursor);
        foreach ($this->shards as $shard) {
            yield from $shard->match($cursor);
        }
        self::endScan($cursor);
    }
}

final class SuggestionController
{
    private const THRESHOLD = 0.7;

    public function __construct(private TranslationMemory $memory)
    {
    }

    public function __invoke(array $query, array $body): array
    {
        $cursor = new ScanCursor($query['q'], $query['locale'], $body['before'] ?? '', $body['after'] ?? '');

        $best = null;
        foreach ($this->memory->fuzzy($cursor) as $match) {
            if ($match->score >= self::THRESHOLD) {
                $best = $match;
                break;
            }
        }

        return $best === null
            ? ['suggestion' => null]
            : ['suggestion' => $best->target, 'score' => round($best->score, 2)];
    }
}

$memory = new TranslationMemory([
    new TmShard([
        'Your subscription renews automatically every month' => 'Tu suscripción se renueva automáticamente cada mes',
        'Your password was changed' => 'Se cambió tu contraseña',
        'Subscription cancelled' => 'Suscripción cancelada',
    ]),
    new TmShard([
        'Your subscription renews automatically' => 'Tu suscripción se renueva automáticamente',
        'Renew your subscription' => 'Renueva tu suscripción',
    ]),
]);
$controller = new SuggestionController($memory);

$handler = static function () use ($controller): void {
    $response = json_encode($controller($_GET, $_POST), JSON_THROW_ON_ERROR);
    header('Content-Type: application/json');
    header('Content-Length: ' . strlen($response));
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
