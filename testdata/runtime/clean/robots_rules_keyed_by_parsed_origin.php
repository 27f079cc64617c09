<?php
// A crawler worker keeps the robots.txt rules it fetched per origin
// (scheme, host and port of each URL it crawls): the few sites it
// crawls give one entry each, however many pages it visits.

final class RobotsCache
{
    /** @var array<string, list<string>> */
    private array $rules = [];

    /** @return list<string> */
    public function rulesFor(string $url): array
    {
        $parts = parse_url($url);
        $origin = $parts['scheme'] . '://' . $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');

        return $this->rules[$origin] ??= $this->fetch($origin);
    }

    /** @return list<string> */
    private function fetch(string $origin): array
    {
        return ["User-agent: *", "Disallow: /private/", "Sitemap: {$origin}/sitemap.xml", str_repeat('#', 320)];
    }
}

$robots = new RobotsCache();
$allowed = 0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $url = 'https://' . ['news.example.org', 'blog.example.net', 'shop.example.com'][$i % 3] . '/articles/' . (1000 + $i) . '?ref=feed';
    $allowed += count($robots->rulesFor($url));
}
