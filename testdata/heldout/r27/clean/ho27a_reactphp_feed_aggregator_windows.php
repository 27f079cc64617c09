<?php

declare(strict_types=1);

/*
 * Feed aggregator daemon on a ReactPHP-style event loop: a periodic timer
 * polls the subscribed RSS/Atom feeds one after the other, follows each
 * feed's "next" cursor and keeps a short per-feed timeline of the newest
 * items for the live "latest from your sources" widget.
 */

namespace React\EventLoop {
    final class TimerHandle
    {
        public function __construct(public readonly float $interval, public readonly \Closure $callback)
        {
        }
    }

    final class StreamSelectLoop
    {
        /** @var list<TimerHandle> */
        private array $timers = [];

        private bool $running = false;

        public function addPeriodicTimer(float $interval, callable $callback): TimerHandle
        {
            return $this->timers[] = new TimerHandle($interval, \Closure::fromCallable($callback));
        }

        public function cancelTimer(TimerHandle $timer): void
        {
            $this->timers = array_values(array_filter($this->timers, static fn ($t) => $t !== $timer));
        }

        public function stop(): void
        {
            $this->running = false;
        }

        public function run(): void
        {
            $this->running = true;
            while ($this->running && $this->timers !== []) {
                foreach ($this->timers as $timer) {
                    ($timer->callback)($timer);
                    if (!$this->running) {
                        break;
                    }
                }
            }
        }
    }
}

namespace App\Feeds {
    final class FeedItem
    {
        public function __construct(
            public readonly string $guid,
            public readonly string $title,
            public readonly string $link,
            public readonly string $summary,
            public readonly int $publishedAt,
        ) {
        }
    }

    final class FeedPage
    {
        /** @param list<FeedItem> $items */
        public function __construct(public readonly array $items, public readonly ?string $nextUrl)
        {
        }
    }

    /**
     * Stand-in for the async HTTP client + XML parser: each poll returns the
     * items published since the cursor and a new "next" link.
     */
    final class FeedFetcher
    {
        private int $clock = 1717000000;

        public function fetch(string $url): FeedPage
        {
            $this->clock += 90;
            $parts = parse_url($url);
            $host = $parts['host'];
            $items = [];
            for ($k = 0; $k < 2; $k++) {
                $guid = sprintf('tag:%s,2024:%d-%d', $host, $this->clock, $k);
                $items[] = new FeedItem(
                    $guid,
                    sprintf('%s update %d', ucfirst(strtok($host, '.')), $this->clock % 10000 + $k),
                    sprintf('https://%s/posts/%d-%d', $host, $this->clock, $k),
                    str_repeat(sprintf('Summary text for %s item %d. ', $host, $this->clock + $k), 5),
                    $this->clock,
                );
            }
            $next = sprintf('%s://%s%s?since=%d&limit=20', $parts['scheme'], $host, $parts['path'] ?? '/', $this->clock);

            return new FeedPage($items, $next);
        }
    }

    final class FeedUrl
    {
        /**
         * Normalises a feed address so "HTTPS://Example.com/feed/" and
         * "https://example.com/feed?since=..." land in the same timeline:
         * paging cursors are not part of a feed's identity.
         */
        public static function timelineKey(string $url): string
        {
            $parts = parse_url(trim($url));

            return strtolower($parts['host'] ?? '') . '/' . trim($parts['path'] ?? '', '/');
        }
    }

    final class TimelineRegistry
    {
        /** @var array<string, \SplQueue<FeedItem>> */
        private array $timelines = [];

        public function __construct(private int $perFeed)
        {
        }

        public function timelineFor(string $feedUrl): \SplQueue
        {
            return $this->timelines[FeedUrl::timelineKey($feedUrl)] ??= new \SplQueue();
        }

        public function append(string $feedUrl, FeedItem $item): void
        {
            $timeline = $this->timelineFor($feedUrl);
            $timeline->enqueue($item);
            while ($timeline->count() > $this->perFeed) {
                $timeline->dequeue();
            }
        }
    }

    final class Aggregator
    {
        /** @var array<string, string> subscription url => url to poll next */
        private array $cursors = [];

        private int $turn = 0;

        /** @param list<string> $subscriptions */
        public function __construct(
            private array $subscriptions,
            private FeedFetcher $fetcher,
            private TimelineRegistry $timelines,
        ) {
        }

        public function pollNext(): void
        {
            $feed = $this->subscriptions[$this->turn++ % count($this->subscriptions)];
            $url = $this->cursors[$feed] ?? $feed;
            $page = $this->fetcher->fetch($url);
            foreach ($page->items as $item) {
                $this->timelines->append($url, $item);
            }
            if ($page->nextUrl !== null) {
                $this->cursors[$feed] = $page->nextUrl;
            }
        }
    }
}

namespace {
    use App\Feeds\Aggregator;
    use App\Feeds\FeedFetcher;
    use App\Feeds\TimelineRegistry;
    use React\EventLoop\StreamSelectLoop;

    $loop = new StreamSelectLoop();
    $aggregator = new Aggregator(
        [
            'https://www.theverge.com/rss/index.xml',
            'https://feeds.arstechnica.com/arstechnica/index',
            'https://hnrss.org/frontpage',
            'https://podcasts.example.org/feeds/weekly.xml',
        ],
        new FeedFetcher(),
        new TimelineRegistry(perFeed: 20),
    );

    $remaining = (int) (getenv('PHPLEAK_N') ?: 100);
    $loop->addPeriodicTimer(15.0, function () use ($aggregator, $loop, &$remaining): void {
        $aggregator->pollNext();
        if (--$remaining <= 0) {
            $loop->stop();
        }
    });
    $loop->run();
}
