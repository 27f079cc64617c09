<?php

// amphp/http-server app serving a community's post pages. Each request runs
// in its own fiber; the reaction summary is needed by the page header, the
// Open Graph tags and the embedded JSON, so it is memoised per post object.

namespace Amp {
    final class Future
    {
        private mixed $value = null;
        private bool $done = false;

        public static function complete(mixed $value): self
        {
            $f = new self();
            $f->value = $value;
            $f->done = true;

            return $f;
        }

        public function await(): mixed
        {
            return $this->value;
        }
    }

    /** Stand-in for Amp\async(): runs the closure in a fiber to completion. */
    function async(\Closure $closure, mixed ...$args): Future
    {
        $fiber = new \Fiber($closure);
        $result = $fiber->start(...$args);
        while (!$fiber->isTerminated()) {
            $result = $fiber->resume($result);
        }

        return Future::complete($fiber->getReturn());
    }
}

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(public readonly string $method, public readonly string $path, public readonly array $query = [])
        {
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body)
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }
}

namespace Community\Posts {
    final class Post
    {
        /** @param array<string, int> $reactionRows reaction => count, as loaded */
        public function __construct(
            public readonly int $id,
            public readonly string $slug,
            public readonly string $title,
            public readonly string $body,
            public readonly array $reactionRows,
        ) {
        }
    }

    final class ReactionSummary
    {
        /** @param array<string, int> $counts */
        public function __construct(public readonly int $total, public readonly array $counts, public readonly string $top, public readonly string $sentence)
        {
        }
    }

    final class PostRepository
    {
        public function find(int $id, string $slug): Post
        {
            $reactions = ['like' => $id % 311, 'love' => $id % 47, 'insightful' => $id % 13, 'funny' => $id % 29];

            return new Post(
                $id,
                $slug,
                ucwords(str_replace('-', ' ', $slug)),
                str_repeat("Long-form post {$id} about moving our community from a mailing list to a forum. ", 4),
                $reactions,
            );
        }
    }

    final class ReactionSummarizer
    {
        public function summarize(Post $post): ReactionSummary
        {
            $counts = array_filter($post->reactionRows);
            arsort($counts);
            $total = array_sum($counts);
            $top = (string) array_key_first($counts);
            $parts = [];
            foreach ($counts as $reaction => $count) {
                $parts[] = "{$count} {$reaction}";
            }

            return new ReactionSummary($total, $counts, $top, $total . ' reactions on "' . $post->title . '": ' . implode(', ', $parts));
        }
    }

    final class ReactionSummaryMemo
    {
        private \SplObjectStorage $summaries;

        public function __construct(private ReactionSummarizer $summarizer)
        {
            $this->summaries = new \SplObjectStorage();
        }

        public function for(Post $post): ReactionSummary
        {
            if ($this->summaries->contains($post)) {
                return $this->summaries[$post];
            }
            $summary = $this->summarizer->summarize($post);
            $this->summaries->attach($post, $summary); // leak

            return $summary;
        }
    }

    final class PostPageHandler implements \Amp\Http\Server\RequestHandler
    {
        public function __construct(private PostRepository $posts, private ReactionSummaryMemo $reactions)
        {
        }

        public function handleRequest(\Amp\Http\Server\Request $request): \Amp\Http\Server\Response
        {
            if (!preg_match('#^/p/(\d+)-([a-z0-9-]+)$#', $request->path, $m)) {
                return new \Amp\Http\Server\Response(404, [], 'Not found');
            }
            $post = $this->posts->find((int) $m[1], $m[2]);

            $html = '<meta property="og:description" content="' . htmlspecialchars($this->reactions->for($post)->sentence) . '">'
                . '<h1>' . htmlspecialchars($post->title) . '</h1>'
                . '<div class="reactions" data-top="' . $this->reactions->for($post)->top . '">' . $this->reactions->for($post)->total . '</div>'
                . '<script type="application/json">' . json_encode($this->reactions->for($post)->counts) . '</script>';

            return new \Amp\Http\Server\Response(200, ['content-type' => 'text/html'], $html);
        }
    }
}

namespace {
    use Amp\Http\Server\Request;
    use Community\Posts\PostPageHandler;
    use Community\Posts\PostRepository;
    use Community\Posts\ReactionSummarizer;
    use Community\Posts\ReactionSummaryMemo;

    use function Amp\async;

    $handler = new PostPageHandler(new PostRepository(), new ReactionSummaryMemo(new ReactionSummarizer()));
    $slugs = ['we-moved-to-discourse', 'weekly-show-and-tell', 'rules-update-2024', 'ask-me-anything-mods'];

    $served = 0;
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $request = new Request('GET', sprintf('/p/%d-%s', 120000 + $i * 3, $slugs[$i % 4]), ['ref' => 'feed']);
        $response = async(static fn () => $handler->handleRequest($request))->await();
        $served += strlen($response->body);
    }
}
