<?php

declare(strict_types=1);

namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(private string $method, private string $path, private array $attributes, private array $body)
        {
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }

        public function getParsedBody(): array
        {
            return $this->body;
        }
    }

    final class Response
    {
        public function __construct(public int $status, public array $headers, public string $body)
        {
        }

        public static function json(array $data): self
        {
            return new self(200, ['Content-Type' => 'application/json'], json_encode($data));
        }
    }
}

namespace React\Http {

    use React\Http\Message\ServerRequest;

    final class HttpServer
    {
        /** @var callable */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        /** Stand-in for the socket server: the loop hands PHPLEAK_N timeline reads to the handler. */
        public function listen(object $socket): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 1; $i <= $n; $i++) {
                $candidates = [];
                for ($k = 0; $k < 6; $k++) {
                    $candidates[] = [
                        'id' => 800_000 + $i * 10 + $k,
                        'author_id' => 300 + ($i + $k * 11) % 40,
                        'created_at' => 1_700_000_000 + $i * 30 - $k * 900,
                        'likes' => ($i * 7 + $k * 13) % 250,
                        'topic' => ['music', 'ai', 'cooking', 'football', 'travel'][($i + $k) % 5],
                    ];
                }
                ($this->handler)(new ServerRequest('POST', '/timeline/rank', [
                    'viewer_id' => 9_000 + $i,
                    'now' => 1_700_000_000 + $i * 30,
                ], [
                    'follows' => [300 + $i % 40 => 0.9, 300 + ($i + 3) % 40 => 0.6, 300 + ($i + 9) % 40 => 0.4],
                    'interests' => ['ai' => 0.8, 'travel' => 0.5, 'music' => 0.2],
                    'muted_topics' => $i % 4 === 0 ? ['football'] : [],
                    'candidates' => $candidates,
                ]));
            }
        }
    }
}

namespace App\Timeline {

    final class FeedRanker
    {
        /** @var array<string, \Closure(array): float> */
        private array $signals = [];

        /** @var array<string, float> */
        private array $weights = ['affinity' => 0.45, 'recency' => 0.35, 'engagement' => 0.2];

        public function __construct(
            private int $viewerId,
            private int $now,
            private array $affinity,
            private array $interests,
            private array $mutedTopics,
        ) {
            $this->signal('affinity', $this->affinityScorer());
            $this->signal('recency', $this->recencyScorer(6 * 3600));
            $this->signal('engagement', static fn (array $post): float => min(1.0, log1p($post['likes']) / 6));
        }

        public function signal(string $name, \Closure $scorer): void
        {
            $this->signals[$name] = $scorer;
        }

        private function affinityScorer(): \Closure
        {
            $affinity = $this->affinity;
            $interests = $this->interests;
            return static fn (array $post): float => ($affinity[$post['author_id']] ?? 0.05)
                * (1 + ($interests[$post['topic']] ?? 0.0));
        }

        private function recencyScorer(int $halfLife): \Closure
        {
            $now = $this->now;
            return static function (array $post) use ($now, $halfLife): float {
                return 0.5 ** (max(0, $now - $post['created_at']) / $halfLife);
            };
        }

        /** @return list<int> post ids, best first */
        public function rank(array $candidates): array
        {
            $scored = [];
            foreach ($candidates as $post) {
                if (in_array($post['topic'], $this->mutedTopics, true)) {
                    continue;
                }
                $score = 0.0;
                foreach ($this->signals as $name => $scorer) {
                    $score += $this->weights[$name] * $scorer($post);
                }
                $scored[$post['id']] = $score;
            }
            arsort($scored);
            return array_keys($scored);
        }
    }

    final class RankTimelineController
    {
        private int $requests = 0;

        public function __invoke(\React\Http\Message\ServerRequest $request): \React\Http\Message\Response
        {
            $body = $request->getParsedBody();
            $ranker = new FeedRanker(
                (int) $request->getAttribute('viewer_id'),
                (int) $request->getAttribute('now'),
                $body['follows'],
                $body['interests'],
                $body['muted_topics'],
            );
            $this->requests++;
            return \React\Http\Message\Response::json(['items' => $ranker->rank($body['candidates'])]);
        }
    }
}

namespace {

    use App\Timeline\RankTimelineController;
    use React\Http\HttpServer;

    $server = new HttpServer(new RankTimelineController());
    $server->listen(new \stdClass());
}
