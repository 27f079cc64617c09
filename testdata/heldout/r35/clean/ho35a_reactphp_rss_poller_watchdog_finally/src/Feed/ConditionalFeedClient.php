<?php

namespace App\Feed;

/**
 * Stands in for the async HTTP client: answers 304 when the caller's ETag
 * still matches; feeds publish a new item every fourth poll.
 */
final class ConditionalFeedClient
{
    /** @var array<string, int> */
    private array $polls = [];

    public function get(string $url, ?string $ifNoneMatch): FeedResponse
    {
        $poll = $this->polls[$url] = ($this->polls[$url] ?? 0) + 1;
        $version = intdiv($poll, 4);
        $etag = sprintf('W/"%s-%d"', substr(md5($url), 0, 8), $version);
        if ($ifNoneMatch === $etag) {
            return new FeedResponse(304);
        }

        $items = '';
        for ($k = 0; $k < 3; $k++) {
            $guid = sprintf('%s#%d-%d', $url, $version, $k);
            $items .= "<item><title>Update {$version}.{$k}</title><link>{$url}/{$version}/{$k}</link><guid>{$guid}</guid></item>";
        }

        return new FeedResponse(200, "<rss><channel><title>{$url}</title>{$items}</channel></rss>", $etag);
    }
}
