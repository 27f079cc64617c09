<?php

declare(strict_types=1);

namespace Amp\Parallel\Worker {
    /** Stand-in for amphp/parallel's Task: run() executes inside a long-lived worker process. */
    interface Task
    {
        public function run(): mixed;
    }

    final class WorkerProcess
    {
        private int $completed = 0;

        public function execute(Task $task): mixed
        {
            try {
                return $task->run();
            } finally {
                $this->completed++;
            }
        }
    }
}

namespace App\Aggregator {
    use Amp\Parallel\Worker\Task;

    final class ParsedFeed
    {
        /** @var list<array{guid: string, title: string, link: string, published_at: int, summary: string}> */
        private array $items = [];

        /** @var (\Closure(array): bool)|null */
        private ?\Closure $itemFilter = null;

        public function __construct(
            public readonly string $link,
            public readonly string $title,
        ) {
        }

        public function addItem(array $item): void
        {
            $this->items[] = $item;
        }

        public function setItemFilter(\Closure $filter): void
        {
            $this->itemFilter = $filter;
        }

        /** @return list<array{guid: string, title: string, link: string, published_at: int, summary: string}> */
        public function acceptedItems(): array
        {
            if ($this->itemFilter === null) {
                return $this->items;
            }

            return array_values(array_filter($this->items, $this->itemFilter));
        }
    }

    final class AtomParser
    {
        public function parse(string $xml): ParsedFeed
        {
            preg_match('#<feed><title>(.*?)</title><link href="(.*?)"/>#', $xml, $head);
            $feed = new ParsedFeed($head[2], $head[1]);
            preg_match_all('#<entry><id>(.*?)</id><title>(.*?)</title><link href="(.*?)"/><updated>(\d+)</updated><summary>(.*?)</summary></entry>#', $xml, $rows, PREG_SET_ORDER);
            foreach ($rows as [, $id, $title, $href, $updated, $summary]) {
                $feed->addItem(['guid' => $id, 'title' => $title, 'link' => $href, 'published_at' => (int) $updated, 'summary' => $summary]);
            }

            return $feed;
        }
    }

    final class IngestFeedTask implements Task
    {
        private static ?AtomParser $parser = null;

        public function __construct(
            private readonly string $xml,
            private readonly int $notBefore,
        ) {
        }

        /** @return list<array{guid: string, link: string}> */
        public function run(): array
        {
            $parser = self::$parser ??= new AtomParser();
            $feed = $parser->parse($this->xml);
            $seen = [];
            $notBefore = $this->notBefore;
            $channelLink = $feed->link;

            $feed->setItemFilter(function (array $item) use ($channelLink, &$seen, $notBefore): bool {
                $link = str_starts_with($item['link'], '/') ? rtrim($channelLink, '/') . $item['link'] : $item['link'];
                if (! str_starts_with($link, $channelLink)) {
                    return false; // off-site links are ads or trackers
                }

                if ($item['published_at'] < $notBefore || isset($seen[$item['guid']])) {
                    return false;
                }
                $seen[$item['guid']] = true;

                return true;
            });

            return array_map(
                static fn (array $item): array => ['guid' => $item['guid'], 'link' => $item['link']],
                $feed->acceptedItems(),
            );
        }
    }
}

namespace {
    use Amp\Parallel\Worker\WorkerProcess;
    use App\Aggregator\IngestFeedTask;

    function atom_document(int $n): string
    {
        $site = ['https://engineering.example.test', 'https://status.example.test', 'https://changelog.example.test'][$n % 3];
        $entries = '';
        for ($k = 0; $k < 3; $k++) {
            $id = sprintf('tag:%s,2024:%d-%d', parse_url($site, PHP_URL_HOST), $n, $k);
            $entries .= sprintf(
                '<entry><id>%s</id><title>Post %d.%d</title><link href="/posts/%d-%d"/><updated>%d</updated><summary>%s</summary></entry>',
                $id, $n, $k, $n, $k, 1700000000 + $n * 60 + $k, "Summary of post {$n}.{$k}: release notes, migration steps and the list of crawler fixes shipped in this build",
            );
        }

        return "<feed><title>Site {$n}</title><link href=\"{$site}/\"/>{$entries}</feed>";
    }

    $worker = new WorkerProcess();
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $worker->execute(new IngestFeedTask(atom_document($i), 1700000000 + ($i - 5) * 60));
    }
}
