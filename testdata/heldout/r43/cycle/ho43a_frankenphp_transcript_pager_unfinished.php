<?php

namespace {

    if (!function_exists('frankenphp_handle_request')) {
        /** Stand-in for the FrankenPHP worker API: sets the superglobals of the next request and runs the handler. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $max = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $max) {
                return false;
            }

            $episode = 4000 + mt_rand(0, 900);
            $_GET = ['page' => (string) (1 + $served % 3), 'lang' => $served % 5 === 0 ? 'es' : 'en'];
            $_SERVER['REQUEST_METHOD'] = 'GET';
            $_SERVER['REQUEST_URI'] = "/api/episodes/{$episode}/transcript?" . http_build_query($_GET);
            $_SERVER['HTTP_X_REQUEST_ID'] = bin2hex(random_bytes(16));
            $served++;

            $handler();

            return true;
        }
    }
}

namespace Podcasts\Transcripts {

    final class Segment
    {
        public function __construct(
            public readonly int $startMs,
            public readonly string $speaker,
            public readonly string $text,
        ) {
        }
    }

    final class Transcript
    {
        /** @param list<Segment> $segments */
        public function __construct(
            public readonly int $episodeId,
            public readonly string $language,
            public readonly array $segments,
        ) {
        }
    }

    final class TranscriptRepository
    {
        private const LINES = [
            'Welcome back to the show, today we are talking about royalties.',
            'So when a track gets streamed, who actually gets paid first?',
            'The label, the publisher, and then whatever is left for the artist.',
            'And that split depends on the territory the stream came from.',
        ];

        public function forEpisode(int $episodeId, string $language): Transcript
        {
            $segments = [];
            $start = 0;
            for ($i = 0; $i < 12; $i++) {
                $start += 4000 + ($episodeId * 37 + $i * 911) % 9000;
                $segments[] = new Segment($start, $i % 2 ? 'Guest' : 'Host', self::LINES[($episodeId + $i) % 4]);
            }

            return new Transcript($episodeId, $language, $segments);
        }
    }

    final class TranscriptPager
    {
        private \Generator $pages;

        public function __construct(private Transcript $transcript, private int $perPage)
        {
            $this->pages = $this->paginate(); // leak
        }

        /** @return array{segments: list<array>, total_pages: int}|null */
        public function page(int $number): ?array
        {
            foreach ($this->pages as $index => $segments) {
                if ($index + 1 === $number) {
                    return ['segments' => $segments, 'total_pages' => (int) ceil(count($this->transcript->segments) / $this->perPage)];
                }
            }

            return null;
        }

        private function paginate(): \Generator
        {
            $page = [];
            foreach ($this->transcript->segments as $segment) {
                $page[] = [
                    'at' => gmdate('H:i:s', intdiv($segment->startMs, 1000)),
                    'speaker' => $segment->speaker,
                    'text' => $segment->text,
                    'anchor' => sprintf('t-%d-%d', $this->transcript->episodeId, $segment->startMs),
                ];
                if (count($page) === $this->perPage) {
                    yield $page;
                    $page = [];
                }
            }
            if ($page !== []) {
                yield $page;
            }
        }
    }

    final class TranscriptController
    {
        public function __construct(private TranscriptRepository $transcripts)
        {
        }

        public function show(int $episodeId, array $query): string
        {
            $language = in_array($query['lang'] ?? 'en', ['en', 'es'], true) ? $query['lang'] : 'en';
            $pager = new TranscriptPager($this->transcripts->forEpisode($episodeId, $language), 4);
            $page = $pager->page(max(1, (int) ($query['page'] ?? 1)));

            return json_encode($page ?? ['error' => 'page out of range']);
        }
    }
}

namespace {

    use Podcasts\Transcripts\TranscriptController;
    use Podcasts\Transcripts\TranscriptRepository;

    $controller = new TranscriptController(new TranscriptRepository());

    $handler = static function () use ($controller): void {
        if (!preg_match('#^/api/episodes/(\d+)/transcript#', $_SERVER['REQUEST_URI'], $m)) {
            http_response_code(404);

            return;
        }
        $body = $controller->show((int) $m[1], $_GET);
        strlen($body);
    };

    while (frankenphp_handle_request($handler)) {
    }
}
