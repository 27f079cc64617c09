<?php

declare(strict_types=1);

// --- FrankenPHP worker-mode stand-in --------------------------------------

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $n = $served++;
        $placements = ['hp_top', 'hp_mrec', 'article_inline', 'article_sticky'];
        $_GET = [
            'pl' => $placements[$n % 4],
            'pub' => 'pub-' . (310 + $n % 25),
            'url' => 'https://www.daily-example.com/' . ['politics', 'sport', 'tech'][$n % 3] . '/article-' . (80000 + $n * 7) . '.html',
            'uid' => hash('fnv1a64', 'visitor' . $n) . dechex($n),
            'cb' => (string) (1700000000123 + $n * 17),
        ];
        $_SERVER['REQUEST_METHOD'] = 'GET';
        $_SERVER['REQUEST_URI'] = '/ad?' . http_build_query($_GET);
        $_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_' . ($n % 5) . ') AppleWebKit/605.1.15 Safari/605.1.15';
        $_SERVER['HTTP_REFERER'] = 'https://www.daily-example.com/?ref=' . ['newsletter', 'homepage', 'social'][$n % 3] . '&session=' . substr(md5('s' . $n), 0, 12);
        $_SERVER['HTTP_CF_IPCOUNTRY'] = ['US', 'CA', 'GB', 'AU', 'US'][$n % 5];
        $handler();

        return $served < $limit;
    }
}

// --- tracing ------------------------------------------------------------------

final class Span
{
    private ?int $endNs = null;

    /** @param array<string, scalar> $attributes */
    public function __construct(
        public readonly string $name,
        public readonly string $traceId,
        public readonly string $spanId,
        public readonly ?string $parentSpanId,
        private readonly int $startNs,
        private array $attributes = [],
    ) {
    }

    public function setAttribute(string $key, string|int|float|bool $value): void
    {
        $this->attributes[$key] = $value;
    }

    public function finish(int $endNs): void
    {
        $this->endNs = $endNs;
    }

    public function toJaeger(): array
    {
        return [
            'traceIdHigh' => substr($this->traceId, 0, 16),
            'traceIdLow' => substr($this->traceId, 16),
            'spanId' => $this->spanId,
            'parentSpanId' => $this->parentSpanId ?? '0',
            'operationName' => $this->name,
            'startTime' => intdiv($this->startNs, 1000),
            'duration' => intdiv(($this->endNs ?? $this->startNs) - $this->startNs, 1000),
            'tags' => $this->attributes,
        ];
    }
}

final class UdpSpanExporter
{
    private int $bytesSent = 0;

    public function __construct(private readonly string $agentHost, private readonly int $agentPort)
    {
    }

    public function export(Span $span): void
    {
        $this->bytesSent += strlen((string) json_encode($span->toJaeger()));
    }
}

/**
 * Process-wide tracer: spans nest on a stack, the top of the stack is the
 * parent of the next span.
 */
final class AuctionTracer
{
    /** @var list<Span> */
    private static array $stack = [];

    private static ?UdpSpanExporter $exporter = null;

    public static function boot(UdpSpanExporter $exporter): void
    {
        self::$exporter = $exporter;
    }

    /** @param array<string, scalar> $attributes */
    public static function start(string $name, array $attributes = []): Span
    {
        $parent = self::$stack === [] ? null : self::$stack[array_key_last(self::$stack)];
        $span = new Span(
            $name,
            $parent?->traceId ?? bin2hex(random_bytes(16)),
            bin2hex(random_bytes(8)),
            $parent?->spanId,
            hrtime(true),
            $attributes,
        );
        self::$stack[] = $span;

        return $span;
    }

    public static function end(Span $span): void
    {
        $top = array_pop(self::$stack);
        if ($top !== $span && $top !== null) {
            self::$stack[] = $top; // out-of-order end: keep the stack as it was
        }
        $span->finish(hrtime(true));
        self::$exporter?->export($span);
    }
}

// --- ad serving ---------------------------------------------------------------

final class FloorPriceRules
{
    /** @param array<string, float> $floors */
    public function __construct(private readonly array $floors, private readonly float $default)
    {
    }

    public function floorFor(string $placement, string $country): float
    {
        $floor = $this->floors[$placement] ?? $this->default;

        return $country === 'US' ? $floor : $floor * 0.8;
    }
}

final class HeaderBidder
{
    public function __construct(public readonly string $name, private readonly float $meanCpm)
    {
    }

    public function bid(string $placement, string $pageUrl, string $uid): ?array
    {
        $jitter = (crc32($this->name . $uid . $placement) % 1000) / 1000;
        $cpm = round($this->meanCpm * (0.4 + $jitter), 3);

        return ['bidder' => $this->name, 'cpm' => $cpm, 'adid' => $this->name . '-' . (crc32($pageUrl) % 97)];
    }
}

final class AdController
{
    /** @param list<HeaderBidder> $bidders */
    public function __construct(private readonly FloorPriceRules $floors, private readonly array $bidders)
    {
    }

    /** @return array{status: int, body?: string} */
    public function serve(array $query, array $server): array
    {
        $placement = (string) ($query['pl'] ?? '');
        $country = (string) ($server['HTTP_CF_IPCOUNTRY'] ?? 'XX');
        $root = AuctionTracer::start('ad.request', [
            'placement' => $placement,
            'publisher' => (string) ($query['pub'] ?? ''),
            'page.url' => (string) ($query['url'] ?? ''),
            'user.id' => (string) ($query['uid'] ?? ''),
            'http.target' => (string) ($server['REQUEST_URI'] ?? '/'),
            'http.referer' => (string) ($server['HTTP_REFERER'] ?? ''),
            'http.user_agent' => (string) ($server['HTTP_USER_AGENT'] ?? ''),
            'geo.country' => $country,
        ]);

        try {
            $floor = $this->floors->floorFor($placement, $country);
            $root->setAttribute('floor.cpm', $floor);
            $best = null;
            foreach ($this->bidders as $bidder) {
                $span = AuctionTracer::start('bidder.' . $bidder->name);
                $bid = $bidder->bid($placement, (string) ($query['url'] ?? ''), (string) ($query['uid'] ?? ''));
                AuctionTracer::end($span);
                if ($bid !== null && $bid['cpm'] >= $floor && ($best === null || $bid['cpm'] > $best['cpm'])) {
                    $best = $bid;
                }
            }

            if ($best === null) {
                return ['status' => 204];
            }

            $root->setAttribute('winner', $best['bidder']);
            $root->setAttribute('clearing.cpm', $best['cpm']);

            return ['status' => 200, 'body' => sprintf('<script src="https://cdn.adserver.example/render.js" data-adid="%s" data-cb="%s"></script>', $best['adid'], $query['cb'] ?? '')];
        } finally {
            AuctionTracer::end($root);
        }
    }
}

// --- worker script (public/index.php in worker mode) ------------------------

AuctionTracer::boot(new UdpSpanExporter('jaeger-agent.observability', 6831));
$controller = new AdController(
    new FloorPriceRules(['hp_top' => 3.40, 'hp_mrec' => 2.60, 'article_inline' => 1.90, 'article_sticky' => 1.50], 1.00),
    [new HeaderBidder('appnexus', 1.6), new HeaderBidder('rubicon', 1.4), new HeaderBidder('ix', 1.1)],
);

$handler = static function () use ($controller): void {
    $result = $controller->serve($_GET, $_SERVER);
    if ($result['status'] === 204) {
        return;
    }
    $body = $result['body'];
    unset($body);
};

for ($nbRequests = 0; ; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    if (!$keepRunning) {
        break;
    }
}
