<?php
// ReactPHP daemon that polls podcast feeds and imports the nested chapter
// markers (Podcasting 2.0 <podcast:chapters>) of each new episode.

namespace React\EventLoop {

    final class StreamSelectLoop
    {
        /** @var \SplQueue<callable> */
        private \SplQueue $ticks;
        private array $timers = [];
        private bool $running = false;

        public function __construct()
        {
            $this->ticks = new \SplQueue();
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks->enqueue($listener);
        }

        public function addPeriodicTimer(float $interval, callable $callback): object
        {
            $timer = new \stdClass();
            $timer->interval = $interval;
            $this->timers[spl_object_id($timer)] = [$timer, $callback];
            return $timer;
        }

        public function cancelTimer(object $timer): void
        {
            unset($this->timers[spl_object_id($timer)]);
        }

        public function stop(): void
        {
            $this->running = false;
        }

        public function run(): void
        {
            $this->running = true;
            while ($this->running && ($this->timers || !$this->ticks->isEmpty())) {
                while (!$this->ticks->isEmpty()) {
                    ($this->ticks->dequeue())();
                }
                foreach ($this->timers as [$timer, $callback]) {
                    $callback($timer);
                }
            }
        }
    }
}

namespace Podhub\Import {

    final class Episode
    {
        /** @var list<array{number: string, title: string, start: int, url: ?string}> */
        private array $chapters = [];

        public function __construct(
            public readonly string $guid,
            public readonly string $showSlug,
            public readonly string $title,
            public readonly string $enclosureUrl,
        ) {
        }

        public function addChapter(string $number, string $title, int $startSeconds, ?string $url): void
        {
            $this->chapters[] = ['number' => $number, 'title' => $title, 'start' => $startSeconds, 'url' => $url];
        }

        public function chapterCount(): int
        {
            return count($this->chapters);
        }
    }

    final class ChapterNormalizer
    {
        public function title(string $raw): string
        {
            return trim(preg_replace('/\s+/', ' ', $raw));
        }

        public function seconds(string|int|float $start): int
        {
            if (is_string($start) && str_contains($start, ':')) {
                $seconds = 0;
                foreach (explode(':', $start) as $part) {
                    $seconds = $seconds * 60 + (int) $part;
                }
                return $seconds;
            }
            return (int) $start;
        }
    }

    final class EpisodeRepository
    {
        private int $saved = 0;
        private ?string $lastGuid = null;

        public function save(Episode $episode): void
        {
            $this->saved++;
            $this->lastGuid = $episode->guid;
        }
    }

    final class ChapterImporter
    {
        public function __construct(
            private EpisodeRepository $episodes,
            private ChapterNormalizer $normalizer,
        ) {
        }

        public function import(array $item): Episode
        {
            $episode = new Episode($item['guid'], $item['show'], $this->normalizer->title($item['title']), $item['enclosure']);

            $visit = function (array $chapters, string $prefix) use (&$visit, $episode): void { // leak
                foreach ($chapters as $n => $chapter) {
                    $number = $prefix === '' ? (string) ($n + 1) : $prefix . '.' . ($n + 1);
                    $episode->addChapter(
                        $number,
                        $this->normalizer->title($chapter['title']),
                        $this->normalizer->seconds($chapter['start']),
                        $chapter['url'] ?? null,
                    );
                    if (!empty($chapter['chapters'])) {
                        $visit($chapter['chapters'], $number);
                    }
                }
            };
            $visit($item['chapters'] ?? [], '');

            $this->episodes->save($episode);
            return $episode;
        }
    }

    final class FeedPoller
    {
        private int $cursor = 0;

        public function __construct(private int $episodes)
        {
        }

        public function next(): ?array
        {
            if ($this->cursor >= $this->episodes) {
                return null;
            }
            $i = $this->cursor++;
            $show = ['the-ledger-daily', 'money-talks', 'culture-desk'][$i % 3];
            return [
                'guid' => sprintf('urn:uuid:7f1c%04x-%04x-4e21-9d3a-%012x', $i % 0xffff, ($i * 31) % 0xffff, 0xa11ce000 + $i),
                'show' => $show,
                'title' => "  Episode {$i}:   the week in   {$show} ",
                'enclosure' => sprintf('https://cdn.podhub.example/%s/%d/episode.mp3?ver=%d', $show, $i, 1709290000 + $i),
                'chapters' => [
                    ['title' => 'Cold open', 'start' => 0],
                    ['title' => "Headlines for episode {$i}", 'start' => '00:01:30', 'chapters' => [
                        ['title' => 'Council budget', 'start' => '00:02:10', 'url' => "https://ledger.example/articles/{$i}"],
                        ['title' => 'Transport strike', 'start' => '00:09:45'],
                    ]],
                    ['title' => 'Interview', 'start' => '00:18:00'],
                    ['title' => 'Listener mail', 'start' => 2400],
                ],
            ];
        }
    }
}

namespace {

    use Podhub\Import\ChapterImporter;
    use Podhub\Import\ChapterNormalizer;
    use Podhub\Import\EpisodeRepository;
    use Podhub\Import\FeedPoller;
    use React\EventLoop\StreamSelectLoop;

    $loop = new StreamSelectLoop();
    $importer = new ChapterImporter(new EpisodeRepository(), new ChapterNormalizer());
    $poller = new FeedPoller((int) (getenv('PHPLEAK_N') ?: 100));

    $loop->addPeriodicTimer(30.0, function (object $timer) use ($loop, $poller, $importer): void {
        $item = $poller->next();
        if ($item === null) {
            $loop->cancelTimer($timer);
            return;
        }
        $loop->futureTick(fn () => $importer->import($item));
    });
    $loop->run();
}
