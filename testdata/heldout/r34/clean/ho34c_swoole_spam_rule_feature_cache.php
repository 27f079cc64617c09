<?php

declare(strict_types=1);

namespace Swoole\Http {
    final class Request
    {
        public array $server = [];
        public array $header = [];
        private string $body = '';

        public static function fake(string $uri, array $json, int $ts): self
        {
            $r = new self();
            $r->server = ['request_uri' => $uri, 'request_method' => 'POST', 'request_time' => $ts];
            $r->header = ['content-type' => 'application/json'];
            $r->body = json_encode($json);
            return $r;
        }

        public function rawContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public int $status = 200;
        public string $out = '';

        public function status(int $code): void
        {
            $this->status = $code;
        }

        public function end(string $body = ''): void
        {
            $this->out = $body;
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $handlers = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        public function start(): void
        {
            ($this->handlers['start'] ?? static fn () => null)($this);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $channels = ['comments', 'dm', 'posts', 'replies'];
            for ($i = 1; $i <= $n; $i++) {
                $ts = 1_700_000_000 + $i * 3;
                $req = Request::fake('/moderation/score', [
                    'message_id' => 'm_' . dechex(500_000 + $i),
                    'author_id' => 4000 + ($i * 37) % 900,
                    'channel' => $channels[$i % 4],
                    'body' => "hey @friend{$i} check out my profile for FREE followers!!! https://promo.example/{$i}?ref=" . md5((string) $i)
                        . ' limited time only, reply STOP to opt out, visit now visit now',
                ], $ts);
                $res = new Response();
                ($this->handlers['request'])($req, $res);
            }
        }
    }
}

namespace App\Moderation {

    final class Message
    {
        public function __construct(
            public readonly string $id,
            public readonly int $authorId,
            public readonly string $channel,
            public readonly string $body,
            public readonly int $receivedAt,
        ) {
        }
    }

    trait MemoizesFeatures
    {
        /** @var array<string|int, array> */
        private static array $featureMemo = [];

        protected function rememberFeatures(Message $message, callable $compute): array
        {
            $key = $this->featureKey($message);
            $hit = self::$featureMemo[$key] ?? null;
            if ($hit !== null && $hit['message'] === $message->id) {
                return $hit['features'];
            }
            $features = $compute($message);
            self::$featureMemo[$key] = ['message' => $message->id, 'features' => $features];
            return $features;
        }

        /** One extraction per message instance; the id check guards against a reused handle. */
        private function featureKey(Message $message): string
        {
            return $message->channel . ':' . spl_object_id($message);
        }
    }

    final class FeatureExtractor
    {
        use MemoizesFeatures;

        public function extract(Message $message): array
        {
            return $this->rememberFeatures($message, function (Message $m): array {
                $tokens = preg_split('/\s+/', strtolower($m->body), -1, PREG_SPLIT_NO_EMPTY);
                preg_match_all('~https?://\S+~', $m->body, $links);
                return [
                    'tokens' => $tokens,
                    'links' => $links[0],
                    'caps_ratio' => strlen(preg_replace('/[^A-Z]/', '', $m->body)) / max(1, strlen($m->body)),
                    'exclaims' => substr_count($m->body, '!'),
                    'mentions' => preg_match_all('/@\w+/', $m->body),
                ];
            });
        }
    }

    interface Rule
    {
        public function score(array $features): float;
    }

    final class LinkDensityRule implements Rule
    {
        public function score(array $f): float
        {
            return min(1.0, count($f['links']) / max(1, count($f['tokens'])) * 8);
        }
    }

    final class ShoutingRule implements Rule
    {
        public function score(array $f): float
        {
            return min(1.0, $f['caps_ratio'] * 3 + $f['exclaims'] * 0.1);
        }
    }

    final class RepeatedPhraseRule implements Rule
    {
        public function score(array $f): float
        {
            $counts = array_count_values($f['tokens']);
            return min(1.0, (max($counts) - 1) * 0.25);
        }
    }

    final class SpamScorer
    {
        /** @param list<Rule> $rules */
        public function __construct(private FeatureExtractor $extractor, private array $rules, private float $threshold)
        {
        }

        public function verdict(Message $message): array
        {
            $features = $this->extractor->extract($message);
            $total = 0.0;
            foreach ($this->rules as $rule) {
                $total += $rule->score($features);
            }
            $score = $total / count($this->rules);
            return ['id' => $message->id, 'score' => round($score, 3), 'spam' => $score >= $this->threshold];
        }
    }
}

namespace {

    use App\Moderation\FeatureExtractor;
    use App\Moderation\LinkDensityRule;
    use App\Moderation\Message;
    use App\Moderation\RepeatedPhraseRule;
    use App\Moderation\ShoutingRule;
    use App\Moderation\SpamScorer;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $scorer = new SpamScorer(
        new FeatureExtractor(),
        [new LinkDensityRule(), new ShoutingRule(), new RepeatedPhraseRule()],
        0.45,
    );

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', function (Request $request, Response $response) use ($scorer): void {
        $payload = json_decode($request->rawContent(), true);
        $message = new Message(
            $payload['message_id'],
            $payload['author_id'],
            $payload['channel'],
            $payload['body'],
            $request->server['request_time'],
        );
        $response->end(json_encode($scorer->verdict($message)));
    });
    $server->start();
}
