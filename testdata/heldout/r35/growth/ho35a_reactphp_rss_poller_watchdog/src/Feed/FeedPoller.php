<?php

namespace App\Feed;

use React\EventLoop\Loop;

final class FeedPoller
{
    /** @var array<string, string> feed url => last ETag */
    private array $etags = [];

    /** @var array{fetched: int, not_modified: int, stalled: int} */
    private array $stats = ['fetched' => 0, 'not_modified' => 0, 'stalled' => 0];

    public function __construct(
        private readonly ConditionalFeedClient $client,
        private readonly RssParser $parser,
        private readonly float $stallCheckEvery = 5.0,
    ) {
    }

    /** @return list<array{title: string, link: string, guid: string}> new items */
    public function poll(string $feedUrl, string $pollId): array
    {
        $startedAt = microtime(true);
        $watchdog = Loop::addPeriodicTimer($this->stallCheckEvery, function () use ($feedUrl, $pollId, $startedAt): void { // leak
            $this->reportStalled($feedUrl, $pollId, microtime(true) - $startedAt);
        });

        $response = $this->client->get($feedUrl, $this->etags[$feedUrl] ?? null);
        if ($response->status === 304) {
            $this->stats['not_modified']++;

            return [];
        }

        $this->etags[$feedUrl] = $response->etag;
        $items = $this->parser->items($response->body);
        $this->stats['fetched']++;
        Loop::cancelTimer($watchdog);

        return $items;
    }

    private function reportStalled(string $feedUrl, string $pollId, float $seconds): void
    {
        $this->stats['stalled']++;
        error_log(sprintf('[%s] %s still downloading after %.1fs', $pollId, $feedUrl, $seconds));
    }
}
