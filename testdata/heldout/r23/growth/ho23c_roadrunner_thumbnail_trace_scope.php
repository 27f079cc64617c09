<?php

declare(strict_types=1);

/*
 * RoadRunner HTTP worker serving /thumbs/{preset}/{image}: resizes product
 * photos into fixed presets, keeps rendered thumbnails in an in-process
 * cache and records a trace span per render.
 */

final class Span
{
    private array $attributes;
    private ?float $endedAt = null;

    public function __construct(
        public readonly string $name,
        public readonly string $traceId,
        public readonly ?string $parentId,
        public readonly float $startedAt,
        array $attributes,
    ) {
        $this->attributes = $attributes;
    }

    public function setAttribute(string $key, string|int|float|bool $value): void
    {
        $this->attributes[$key] = $value;
    }

    public function end(float $at): void
    {
        $this->endedAt = $at;
    }

    public function durationMs(): float
    {
        return (($this->endedAt ?? $this->startedAt) - $this->startedAt) * 1000;
    }
}

final class SpanAggregator
{
    /** @var array<string, array{count: int, total_ms: float}> */
    private array $byName = [];

    public function export(Span $span): void
    {
        $row = $this->byName[$span->name] ?? ['count' => 0, 'total_ms' => 0.0];
        $row['count']++;
        $row['total_ms'] += $span->durationMs();
        $this->byName[$span->name] = $row;
    }
}

final class Tracer
{
    /** @var list<Span> */
    private static array $active = [];
    private static ?SpanAggregator $exporter = null;
    private static float $clock = 1700000000.0;

    public static function boot(SpanAggregator $exporter): void
    {
        self::$exporter = $exporter;
    }

    public static function start(string $name, string $traceId, array $attributes = []): Span
    {
        $parent = self::$active === [] ? null : self::$active[array_key_last(self::$active)];
        $span = new Span($name, $traceId, $parent?->name, self::tick(), $attributes);
        self::$active[] = $span; // leak

        return $span;
    }

    public static function end(): void
    {
        $span = array_pop(self::$active);
        if ($span === null) {
            return;
        }

        $span->end(self::tick());
        self::$exporter?->export($span);
    }

    private static function tick(): float
    {
        return self::$clock += 0.0005;
    }
}

final class Thumbnail
{
    public function __construct(
        public readonly string $preset,
        public readonly string $mime,
        public readonly string $bytes,
    ) {
    }
}

final class ThumbnailCache
{
    /** @var array<string, Thumbnail> */
    private array $items = [];

    public function get(string $key): ?Thumbnail
    {
        return $this->items[$key] ?? null;
    }

    public function put(string $key, Thumbnail $thumbnail): void
    {
        $this->items[$key] = $thumbnail;
    }
}

final class ThumbnailRequest
{
    public function __construct(
        public readonly string $preset,
        public readonly string $image,
        public readonly string $uri,
        public readonly string $userAgent,
        public readonly string $traceId,
    ) {
    }
}

final class ThumbnailService
{
    private const PRESETS = [
        'small' => [160, 160],
        'medium' => [480, 480],
        'large' => [1024, 1024],
    ];

    public function __construct(private readonly ThumbnailCache $cache)
    {
    }

    public function render(ThumbnailRequest $request): Thumbnail
    {
        $span = Tracer::start('thumbnail.render', $request->traceId, [
            'http.target' => $request->uri,
            'http.user_agent' => $request->userAgent,
            'thumb.preset' => $request->preset,
            'thumb.image' => $request->image,
        ]);

        $key = $this->cacheKey($request);
        $cached = $this->cache->get($key);
        if ($cached !== null) {
            $span->setAttribute('cache.hit', true);

            return $cached;
        }

        [$w, $h] = self::PRESETS[$request->preset];
        $thumbnail = new Thumbnail(
            $request->preset,
            'image/webp',
            str_repeat(substr(hash('sha256', $request->image . $w . $h), 0, 32), intdiv($w, 16)),
        );
        $this->cache->put($key, $thumbnail);
        $span->setAttribute('cache.hit', false);
        Tracer::end();

        return $thumbnail;
    }

    private function cacheKey(ThumbnailRequest $request): string
    {
        if (!isset(self::PRESETS[$request->preset])) {
            throw new \InvalidArgumentException('Unknown preset ' . $request->preset);
        }

        return $request->preset . ':' . sha1($request->image);
    }
}

Tracer::boot(new SpanAggregator());
$service = new ThumbnailService(new ThumbnailCache());

$images = ['products/4411/front.jpg', 'products/4411/side.jpg', 'products/5820/front.jpg', 'products/7310/detail.jpg'];
$presets = ['small', 'medium', 'large'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $preset = $presets[$i % 3];
    $image = $images[$i % 4];
    $traceId = bin2hex(random_bytes(16));
    $request = new ThumbnailRequest(
        $preset,
        $image,
        sprintf('/thumbs/%s/%s?v=%d&sig=%s', $preset, $image, 1700000000 + $i, hash_hmac('sha256', $image . $i, 'thumb-signing-key')),
        sprintf('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_%d) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15', $i % 7, $i % 5),
        $traceId,
    );
    $thumbnail = $service->render($request);
}
