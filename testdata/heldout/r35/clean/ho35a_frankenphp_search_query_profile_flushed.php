<?php

declare(strict_types=1);

/*
 * Search front-end served by a FrankenPHP worker script. The search client
 * records a profile entry per query so slow queries can be shipped to the
 * metrics pipeline in batches.
 */

if (! function_exists('frankenphp_handle_request')) {
    /** Stand-in for the FrankenPHP SAPI: fills the superglobals, runs the handler, reports whether to keep going. */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $terms = ['rust async runtime', 'php worker memory', 'robots.txt crawl-delay', 'rss to json', 'bm25 tuning', 'inverted index merge'];
        $_GET = [
            'q' => $terms[$served % count($terms)] . ' ' . substr(sha1((string) $served), 0, 6),
            'page' => (string) (1 + $served % 5),
            'lang' => ['en', 'de', 'fr'][$served % 3],
        ];
        $_SERVER['REQUEST_TIME_FLOAT'] = microtime(true);
        $_SERVER['HTTP_X_REQUEST_ID'] = bin2hex(random_bytes(8));
        $served++;
        $handler();

        return $served < $max;
    }
}

trait ProfilesQueries
{
    /** @var list<array{index: string, body: string, took_ms: float, hits: int, request_id: string}> */
    private static array $queryProfile = [];

    private static int $profileFlushAt = 5000;

    protected function profile(string $index, array $body, float $tookMs, int $hits): void
    {
        self::$queryProfile[] = [
            'index' => $index,
            'body' => json_encode($body, JSON_UNESCAPED_SLASHES),
            'took_ms' => $tookMs,
            'hits' => $hits,
            'request_id' => $_SERVER['HTTP_X_REQUEST_ID'] ?? '-',
        ];

        if (count(self::$queryProfile) >= self::$profileFlushAt) {
            self::flushProfile();
        }
    }

    /** @return int entries shipped */
    public static function flushProfile(): int
    {
        $shipped = count(self::$queryProfile);
        // real code: StatsdClient::batch(self::$queryProfile)
        self::$queryProfile = [];

        return $shipped;
    }
}

final class SearchClient
{
    use ProfilesQueries;

    public function __construct(private readonly string $endpoint)
    {
    }

    public function search(string $index, array $body): array
    {
        $start = hrtime(true);
        // Stands in for the HTTP call to the search cluster.
        $hits = [];
        foreach (explode(' ', (string) ($body['query']['multi_match']['query'] ?? '')) as $n => $word) {
            $hits[] = ['_id' => md5($index . $word), '_score' => 1.0 / ($n + 1)];
        }
        $this->profile($index, $body, (hrtime(true) - $start) / 1e6, count($hits));

        return $hits;
    }
}

final class SearchController
{
    private const PAGE_SIZE = 20;

    public function __construct(private readonly SearchClient $client)
    {
    }

    public function __invoke(array $query): array
    {
        $q = trim((string) ($query['q'] ?? ''));
        $page = max(1, (int) ($query['page'] ?? 1));
        $index = 'pages_' . (in_array($query['lang'] ?? '', ['en', 'de', 'fr'], true) ? $query['lang'] : 'en');

        $hits = $this->client->search($index, [
            'from' => ($page - 1) * self::PAGE_SIZE,
            'size' => self::PAGE_SIZE,
            'query' => ['multi_match' => ['query' => $q, 'fields' => ['title^3', 'headings^2', 'body'], 'type' => 'best_fields']],
            'highlight' => ['fields' => ['body' => ['fragment_size' => 160]]],
        ]);
        $suggest = $this->client->search('suggest_' . substr($index, 6), [
            'suggest' => ['text' => $q, 'completion' => ['field' => 'suggest', 'size' => 5, 'skip_duplicates' => true]],
        ]);

        return ['q' => $q, 'page' => $page, 'hits' => $hits, 'suggest' => $suggest];
    }
}

// Boot once per worker.
$controller = new SearchController(new SearchClient('http://search.internal:9200'));

$handler = static function () use ($controller): void {
    try {
        $response = $controller($_GET);
        // real code: echo json_encode($response);
    } finally {
        // terminate hook: ship this request's query profile before the next one starts
        SearchClient::flushProfile();
    }
};

for ($running = true; $running;) {
    $running = frankenphp_handle_request($handler);
}
