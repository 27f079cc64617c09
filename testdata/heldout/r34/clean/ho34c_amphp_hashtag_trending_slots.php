<?php

declare(strict_types=1);

namespace Amp\Http\Server {

    final class Request
    {
        public function __construct(private string $method, private string $path, private string $body, private array $attributes = [])
        {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getBody(): string
        {
            return $this->body;
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? null;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    final class SocketHttpServer
    {
        private array $addresses = [];

        public function expose(string $address): void
        {
            $this->addresses[] = $address;
        }

        /** Stand-in for the event loop: PHPLEAK_N POST /posts requests. */
        public function start(RequestHandler $handler): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $common = ['AI', 'music', 'Football', 'travel', 'cooking', 'gaming'];
            for ($i = 1; $i <= $n; $i++) {
                $tags = ['#' . $common[$i % 6], '#' . $common[($i + 2) % 6], '#launchday' . (1_000 + $i), '#f4f'];
                $body = json_encode([
                    'post_id' => 5_500_000 + $i,
                    'author' => '@creator' . ($i % 700),
                    'text' => 'Finally sharing the thing we have been building all winter, thread below ' . implode(' ', $tags)
                        . " — huge thanks to everyone who tested build {$i}!",
                ]);
                $handler->handleRequest(new Request('POST', '/posts', $body, ['ts' => 1_700_000_000 + $i * 30]));
            }
        }
    }
}

namespace App\Trending {

    const TRACKED_TAGS = ['ai' => true, 'music' => true, 'football' => true, 'travel' => true, 'cooking' => true, 'gaming' => true];

    function normalize_tag(string $raw): string
    {
        return strtolower(ltrim(trim($raw), '#'));
    }

    /** @return list<string> */
    function extract_tags(string $text): array
    {
        preg_match_all('/#[\p{L}\p{N}_]+/u', $text, $m);
        return array_values(array_unique(array_map(__NAMESPACE__ . '\normalize_tag', $m[0])));
    }

    /**
     * Per-tag activity for the last hour, in twelve 5-minute slots that are
     * reused as the clock goes round.
     */
    function trending_window(string $tag, int $ts, ?array $sample = null): array
    {
        static $windows = [];

        $slot = intdiv($ts, 300) % 12;
        $since = $ts - $ts % 300;
        $key = "{$tag}@{$slot}";

        if (($windows[$key]['since'] ?? null) !== $since) {
            $windows[$key] = ['tag' => $tag, 'since' => $since, 'count' => 0, 'samples' => []];
        }
        if ($sample !== null) {
            $windows[$key]['count']++;
            $windows[$key]['samples'][] = $sample;
            if (count($windows[$key]['samples']) > 3) {
                array_shift($windows[$key]['samples']);
            }
        }
        return $windows[$key];
    }

    function should_track(string $tag): bool
    {
        return strlen($tag) >= 2 && isset(TRACKED_TAGS[$tag]);
    }

    final class PostIngestHandler implements \Amp\Http\Server\RequestHandler
    {
        private int $accepted = 0;

        public function handleRequest(\Amp\Http\Server\Request $request): \Amp\Http\Server\Response
        {
            $post = json_decode($request->getBody(), true, 4, JSON_THROW_ON_ERROR);
            $ts = (int) $request->getAttribute('ts');
            $sample = [
                'post_id' => $post['post_id'],
                'author' => $post['author'],
                'excerpt' => substr($post['text'], 0, 180),
            ];
            $counted = [];
            foreach (extract_tags($post['text']) as $tag) {
                if (!should_track($tag)) {
                    continue;
                }
                $counted[$tag] = trending_window($tag, $ts, $sample)['count'];
            }
            $this->accepted++;
            return new \Amp\Http\Server\Response(201, ['content-type' => 'application/json'], json_encode(['tags' => $counted]));
        }
    }
}

namespace {

    use Amp\Http\Server\SocketHttpServer;
    use App\Trending\PostIngestHandler;

    $server = new SocketHttpServer();
    $server->expose('0.0.0.0:1337');
    $server->start(new PostIngestHandler());
}
