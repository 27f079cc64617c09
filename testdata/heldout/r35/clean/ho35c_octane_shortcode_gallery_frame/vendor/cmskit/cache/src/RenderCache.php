<?php

declare(strict_types=1);

namespace CmsKit\Cache;

/**
 * Process-wide fragment cache for rendered markup. Entries carry their own
 * expiry and are refreshed on the next read after they expire.
 */
final class RenderCache
{
    private static ?self $instance = null;

    /** @var array<string, array{html: string, expires: int}> */
    private array $fragments = [];

    private function __construct(private int $ttl)
    {
    }

    public static function boot(int $ttl): void
    {
        self::$instance ??= new self($ttl);
    }

    public static function instance(): self
    {
        return self::$instance ??= new self(600);
    }

    public function remember(string $key, callable $render): string
    {
        $now = time();
        $hit = $this->fragments[$key] ?? null;
        if ($hit !== null && $hit['expires'] > $now) {
            return $hit['html'];
        }

        $html = (string) $render();
        $this->fragments[$key] = ['html' => $html, 'expires' => $now + $this->ttl];

        return $html;
    }

    public function forget(string $key): void
    {
        unset($this->fragments[$key]);
    }
}
