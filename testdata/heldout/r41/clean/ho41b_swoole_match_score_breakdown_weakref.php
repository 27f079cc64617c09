<?php
declare(strict_types=1);

/*
 * Swoole HTTP worker for the "Discover" tab: every request scores the next
 * few candidates for the viewer and returns a score with an explanation of
 * the factors ("3 shared interests", "12 km away").
 */

namespace Swoole\Http {
    final class Request
    {
        public array $get = [];
        public array $header = [];
        public array $server = [];
    }

    final class Response
    {
        public int $status = 200;
        private string $body = '';

        public function header(string $k, string $v): void
        {
        }

        public function end(string $body): void
        {
            $this->body = $body;
        }
    }

    /** Minimal stand-in: dispatches the registered 'request' callback PHPLEAK_N times. */
    final class Server
    {
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $cb): void
        {
            $this->callbacks[$event] = $cb;
        }

        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $req = new Request();
                $req->get = ['viewer' => (string) (1000 + $i), 'page' => (string) ($i % 4)];
                $req->header = ['x-request-id' => bin2hex(random_bytes(8))];
                $req->server = ['request_uri' => '/discover/scores', 'request_time' => time()];
                ($this->callbacks['request'])($req, new Response());
            }
        }
    }
}

namespace App\Matching {
    final class ProfileSnapshot
    {
        public function __construct(
            public readonly int $id,
            public readonly int $age,
            public readonly array $interests,
            public readonly string $city,
            public readonly float $lat,
            public readonly float $lng,
        ) {
        }
    }

    final class MatchCandidate
    {
        private ?ScoreBreakdown $breakdown = null;

        public function __construct(
            public readonly ProfileSnapshot $viewer,
            public readonly ProfileSnapshot $target,
        ) {
        }

        public function setBreakdown(ScoreBreakdown $breakdown): void
        {
            $this->breakdown = $breakdown;
        }

        public function breakdown(): ?ScoreBreakdown
        {
            return $this->breakdown;
        }

        public function total(): float
        {
            return $this->breakdown?->sum() ?? 0.0;
        }
    }

    class ScoreBreakdown
    {
        private array $factors = [];

        /** @var \WeakReference<MatchCandidate> */
        private \WeakReference $candidate;

        public function __construct(MatchCandidate $candidate)
        {
            // The candidate owns its breakdown; point back weakly.
            $this->candidate = \WeakReference::create($candidate);
        }

        public function add(string $factor, float $weight, string $reason): void
        {
            $this->factors[$factor] = ['weight' => $weight, 'reason' => $reason];
        }

        public function sum(): float
        {
            return array_sum(array_column($this->factors, 'weight'));
        }

        public function explain(): array
        {
            $candidate = $this->candidate->get();
            if ($candidate === null) {
                return [];
            }
            $target = $candidate->target;
            $lines = ["Match with #{$target->id} in {$target->city}"];
            foreach ($this->factors as $name => $f) {
                $lines[] = sprintf('%s: %+.2f (%s)', $name, $f['weight'], $f['reason']);
            }
            return $lines;
        }
    }

    final class MatchScorer
    {
        /** @param class-string<ScoreBreakdown> $breakdownClass */
        public function __construct(
            private readonly array $weights,
            private readonly string $breakdownClass = ScoreBreakdown::class,
        ) {
        }

        public function score(MatchCandidate $candidate): float
        {
            $breakdown = $this->newBreakdown($candidate);
            $viewer = $candidate->viewer;
            $target = $candidate->target;

            $shared = array_values(array_intersect($viewer->interests, $target->interests));
            $breakdown->add('interests', count($shared) * $this->weights['interest'], implode(', ', $shared) ?: 'none shared');

            $km = $this->distanceKm($viewer, $target);
            $breakdown->add('distance', -$km * $this->weights['km'], sprintf('%.1f km away', $km));

            $gap = abs($viewer->age - $target->age);
            $breakdown->add('age', -$gap * $this->weights['age_gap'], "{$gap} years apart");

            return $candidate->total();
        }

        private function newBreakdown(MatchCandidate $candidate): ScoreBreakdown
        {
            $class = $this->breakdownClass;
            $breakdown = new $class($candidate);
            $candidate->setBreakdown($breakdown);
            return $breakdown;
        }

        private function distanceKm(ProfileSnapshot $a, ProfileSnapshot $b): float
        {
            $dLat = deg2rad($b->lat - $a->lat);
            $dLng = deg2rad($b->lng - $a->lng);
            $h = sin($dLat / 2) ** 2 + cos(deg2rad($a->lat)) * cos(deg2rad($b->lat)) * sin($dLng / 2) ** 2;
            return 6371 * 2 * asin(min(1.0, sqrt($h)));
        }
    }

    final class ProfileRepository
    {
        private const INTERESTS = ['hiking', 'jazz', 'sushi', 'climbing', 'board games', 'cinema', 'yoga', 'travel', 'cooking', 'dogs'];
        private const CITIES = ['Berlin', 'Hamburg', 'Leipzig', 'Munich'];

        public function snapshot(int $id): ProfileSnapshot
        {
            $picked = [];
            foreach (self::INTERESTS as $k => $interest) {
                if ((($id >> ($k % 5)) + $k) % 3 === 0) {
                    $picked[] = $interest;
                }
            }
            return new ProfileSnapshot(
                $id,
                20 + $id % 25,
                $picked,
                self::CITIES[$id % 4],
                52.5 + ($id % 97) / 100,
                13.4 + ($id % 89) / 100,
            );
        }

        /** @return int[] */
        public function deckFor(int $viewerId, int $page): array
        {
            $ids = [];
            for ($k = 1; $k <= 3; $k++) {
                $ids[] = $viewerId * 7 + $page * 3 + $k;
            }
            return $ids;
        }
    }

    final class DiscoverController
    {
        public function __construct(private ProfileRepository $profiles, private MatchScorer $scorer)
        {
        }

        public function scores(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $viewer = $this->profiles->snapshot((int) $request->get['viewer']);
            $out = [];
            foreach ($this->profiles->deckFor($viewer->id, (int) $request->get['page']) as $targetId) {
                $candidate = new MatchCandidate($viewer, $this->profiles->snapshot($targetId));
                $out[] = [
                    'id' => $targetId,
                    'score' => round($this->scorer->score($candidate), 3),
                    'why' => $candidate->breakdown()?->explain() ?? [],
                ];
            }
            $response->header('content-type', 'application/json');
            $response->end(json_encode(['request' => $request->header['x-request-id'], 'candidates' => $out]));
        }
    }
}

namespace {
    use App\Matching\DiscoverController;
    use App\Matching\MatchScorer;
    use App\Matching\ProfileRepository;

    $controller = new DiscoverController(
        new ProfileRepository(),
        new MatchScorer(['interest' => 1.5, 'km' => 0.02, 'age_gap' => 0.1]),
    );

    $server = new Swoole\Http\Server('0.0.0.0', 9501);
    $server->on('request', static function ($req, $res) use ($controller): void {
        $controller->scores($req, $res);
    });
    $server->start();
}
