<?php
// A job board screens applicants in a RoadRunner worker. The shortlist
// pool keeps its entries private; the screener writes them through a
// closure bound to the pool (Closure::bind with the pool's scope), which
// it makes once and calls for every qualified applicant. The entries go
// under the applicant's id: one more for every request.

namespace Board {
    enum Track: string
    {
        case Engineering = 'eng';
        case Sales = 'sales';
        case Support = 'support';
    }

    final class Applicant
    {
        public function __construct(
            public readonly string $id,
            public readonly Track $track,
            public readonly string $resume,
        ) {
        }
    }

    final class ShortlistPool
    {
        /** @var array<string, Applicant> */
        private array $entries = [];
        /** @var array<string, int> */
        private array $perTrack = [];

        public function size(): int
        {
            return count($this->entries);
        }
    }

    final class Screener
    {
        private ?\Closure $recorder = null;

        public function __construct(private ShortlistPool $pool)
        {
        }

        public function screen(Applicant $applicant): bool
        {
            if (strlen($applicant->resume) < 100) {
                return false;
            }
            ($this->recorder())($applicant);

            return true;
        }

        private function recorder(): \Closure
        {
            return $this->recorder ??= \Closure::bind(function (Applicant $a): void {
                $this->entries[$a->id] = $a; // leak
                $this->perTrack[$a->track->value] = ($this->perTrack[$a->track->value] ?? 0) + 1;
            }, $this->pool, ShortlistPool::class);
        }
    }
}

namespace {
    use Board\Applicant;
    use Board\Screener;
    use Board\ShortlistPool;
    use Board\Track;

    $screener = new Screener(new ShortlistPool());
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $payload = json_decode(json_encode(['id' => sprintf('app-%08d', 500000 + $i), 'track' => ['eng', 'sales', 'support'][$i % 3], 'resume' => str_repeat('experience ', 60)]), true);
        $screener->screen(new Applicant($payload['id'], Track::from($payload['track']), $payload['resume']));
    }
}
