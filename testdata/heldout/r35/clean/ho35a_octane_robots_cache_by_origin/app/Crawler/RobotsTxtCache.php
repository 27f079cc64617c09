<?php

namespace App\Crawler;

/**
 * Per-worker robots.txt cache. Registered as a singleton, so one instance
 * serves every request the Octane worker handles.
 */
final class RobotsTxtCache
{
    /** @var array<string, RobotsRules> */
    private array $rules = [];

    public function __construct(
        private readonly RobotsTxtFetcher $fetcher,
        private readonly int $ttl,
    ) {
    }

    public function allows(string $url, string $userAgent): bool
    {
        $path = parse_url($url, PHP_URL_PATH) ?: '/';
        $query = parse_url($url, PHP_URL_QUERY);

        return $this->rulesFor($url)->isAllowed($query ? "{$path}?{$query}" : $path, $userAgent);
    }

    public function crawlDelay(string $url, string $userAgent): float
    {
        return $this->rulesFor($url)->crawlDelay;
    }

    private function rulesFor(string $url): RobotsRules
    {
        $origin = $this->originOf($url);
        $cached = $this->rules[$origin] ?? null;
        if ($cached !== null && $cached->fetchedAt + $this->ttl > time()) {
            return $cached;
        }

        return $this->rules[$origin] = $this->parse($origin, $this->fetcher->fetch($origin . '/robots.txt'));
    }

    /** robots.txt lives at the root of the origin: scheme, host and port only. */
    private function originOf(string $url): string
    {
        $parts = parse_url($url);
        $origin = ($parts['scheme'] ?? 'https') . '://' . strtolower($parts['host'] ?? '');

        return isset($parts['port']) ? "{$origin}:{$parts['port']}" : $origin;
    }

    private function parse(string $origin, string $body): RobotsRules
    {
        $disallow = $allow = [];
        $sitemaps = [];
        $delay = 0.0;
        $groups = [];
        foreach (preg_split('/\R/', $body) as $line) {
            $line = trim(explode('#', $line, 2)[0]);
            if ($line === '' || ! str_contains($line, ':')) {
                $groups = $line === '' ? [] : $groups;
                continue;
            }
            [$field, $value] = array_map('trim', explode(':', $line, 2));
            switch (strtolower($field)) {
                case 'user-agent':
                    $groups[] = strtolower($value);
                    break;
                case 'disallow':
                    foreach ($groups as $g) {
                        $disallow[$g][] = $value;
                    }
                    break;
                case 'allow':
                    foreach ($groups as $g) {
                        $allow[$g][] = $value;
                    }
                    break;
                case 'crawl-delay':
                    $delay = (float) $value;
                    break;
                case 'sitemap':
                    $sitemaps[] = $value;
                    break;
            }
        }

        return new RobotsRules($origin, $disallow, $allow, $sitemaps, $delay, time());
    }
}
