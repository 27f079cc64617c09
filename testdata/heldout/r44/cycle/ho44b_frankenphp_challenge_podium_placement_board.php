<?php

declare(strict_types=1);

/*
 * Club challenge podium widget (FrankenPHP worker mode).
 *
 * The app's home screen shows the top three of every weekly club challenge
 * the athlete takes part in, with the gap of second and third place to the
 * leader.
 */

namespace App\Challenges {

    final class Challenge
    {
        public function __construct(
            public readonly string $id,
            public readonly string $clubId,
            public readonly string $title,
            public readonly string $metric,
            public readonly string $unit,
        ) {
        }
    }

    final class Entry
    {
        public function __construct(
            public readonly string $athleteId,
            public readonly string $displayName,
            public readonly string $avatarUrl,
            public readonly int $points,
            public readonly int $activities,
        ) {
        }
    }

    final class Placement
    {
        public function __construct(
            private readonly Podium $podium, // leak
            public readonly int $rank,
        ) {
        }

        public function gapToLeader(Entry $entry): int
        {
            return $this->podium->leader()->points - $entry->points;
        }
    }

    final class Podium
    {
        private \SplObjectStorage $placements;
        private ?Entry $leader = null;

        public function __construct(public readonly Challenge $challenge)
        {
            $this->placements = new \SplObjectStorage();
        }

        /** @param list<Entry> $entries ordered by points, best first */
        public function fill(array $entries): void
        {
            foreach ($entries as $i => $entry) {
                $this->leader ??= $entry;
                $this->placements->attach($entry, new Placement($this, $i + 1)); // leak
            }
        }

        public function leader(): Entry
        {
            return $this->leader ?? throw new \LogicException('Empty podium');
        }

        /** @return list<array<string, mixed>> */
        public function toArray(): array
        {
            $rows = [];
            foreach ($this->placements as $entry) {
                $placement = $this->placements[$entry];
                $rows[] = [
                    'rank' => $placement->rank,
                    'athlete' => $entry->athleteId,
                    'name' => $entry->displayName,
                    'avatar' => $entry->avatarUrl,
                    'points' => $entry->points,
                    'gap' => $placement->gapToLeader($entry),
                ];
            }

            return $rows;
        }
    }

    /**
     * Read model over the challenge_scores materialized view.
     */
    final class ChallengeScoreRepository
    {
        private int $queries = 0;

        public function challenge(string $challengeId): ?Challenge
        {
            $this->queries++;
            if (!preg_match('/^chl-(\d+)$/', $challengeId, $m)) {
                return null;
            }

            return new Challenge($challengeId, 'club-' . ((int) $m[1] % 40), 'June Distance Challenge', 'distance', 'km');
        }

        /** @return list<Entry> */
        public function topThree(Challenge $challenge): array
        {
            // SELECT ... FROM challenge_scores WHERE challenge_id = ? ORDER BY points DESC LIMIT 3
            $this->queries++;
            $seed = crc32($challenge->id);
            $rows = [];
            for ($i = 0; $i < 3; $i++) {
                $athlete = 'ath-' . (($seed + $i * 7919) % 100000);
                $rows[] = new Entry(
                    $athlete,
                    sprintf('Runner %s %s.', ['Alex', 'Sam', 'Kim'][$i], chr(65 + ($seed + $i) % 26)),
                    'https://cdn.example-fit.com/avatars/' . hash('sha1', $athlete) . '/medium.jpg?v=3',
                    420 - $i * 37 - $seed % 11,
                    18 - $i * 2,
                );
            }

            return $rows;
        }
    }

    final class PodiumController
    {
        public function __construct(private readonly ChallengeScoreRepository $scores)
        {
        }

        /** @return array{int, array} */
        public function show(string $challengeId): array
        {
            $challenge = $this->scores->challenge($challengeId);
            if ($challenge === null) {
                return [404, ['error' => 'challenge not found']];
            }

            $podium = new Podium($challenge);
            $podium->fill($this->scores->topThree($challenge));

            return [200, [
                'challenge' => $challenge->id,
                'title' => $challenge->title,
                'unit' => $challenge->unit,
                'podium' => $podium->toArray(),
            ]];
        }
    }
}

namespace {

    use App\Challenges\ChallengeScoreRepository;
    use App\Challenges\PodiumController;

    if (!function_exists('frankenphp_handle_request')) {
        /**
         * Local stand-in for the FrankenPHP worker SAPI: fills the
         * superglobals with one recorded request, runs the handler with its
         * output captured, and reports false once PHPLEAK_N were served.
         */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
                return false;
            }
            $n = $served++;
            $_GET = ['challenge' => 'chl-' . (1000 + $n % 250)];
            $_POST = [];
            $_SERVER = [
                'REQUEST_METHOD' => 'GET',
                'REQUEST_URI' => '/api/challenges/podium?challenge=' . $_GET['challenge'],
                'REQUEST_TIME' => 1718300000 + $n,
                'HTTP_ACCEPT' => 'application/json',
            ];
            ob_start();
            try {
                $handler();
            } finally {
                ob_end_clean();
            }

            return true;
        }
    }

    $controller = new PodiumController(new ChallengeScoreRepository());

    $handler = static function () use ($controller): void {
        [$status, $body] = $controller->show((string) ($_GET['challenge'] ?? ''));
        http_response_code($status);
        header('Content-Type: application/json');
        header('Cache-Control: private, max-age=30');
        echo json_encode($body);
    };

    $maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
    for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
        $keepRunning = frankenphp_handle_request($handler);
        gc_collect_cycles();
        if (!$keepRunning) {
            break;
        }
    }
}
