<?php

declare(strict_types=1);

namespace Swoole\Http {
    class Request
    {
        public array $header = [];
        public array $server = [];
        public ?array $post = null;
        public int $fd = 0;
    }

    class Response
    {
        public int $statusCode = 200;
        private array $headers = [];

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $content = ''): void
        {
        }
    }

    /**
     * Stand-in for Swoole\Http\Server: one worker process, requests dispatched
     * to the 'request' callback until PHPLEAK_N have been served.
     */
    class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(private string $host, private int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $lossTypes = ['auto_collision', 'auto_theft', 'water_damage', 'soft_tissue', 'fire'];
            for ($i = 0; $i < $n; $i++) {
                $req = new Request();
                $req->fd = 1 + $i % 64;
                $req->server = ['request_uri' => '/fraud/score', 'request_method' => 'POST', 'request_time' => 1717200000 + $i];
                $req->post = [
                    'claim_number' => sprintf('CLM-%08d', 5200000 + $i),
                    'policy_number' => sprintf('HO-%06d', 410000 + ($i * 37) % 9000),
                    'loss_type' => $lossTypes[$i % 5],
                    'amount' => (string) (800 + ($i * 7919) % 48000),
                    'loss_date' => date('Y-m-d', 1717200000 - (($i * 13) % 120) * 86400),
                    'reported_at' => date('c', 1717200000 + $i * 30),
                    'prior_claims' => (string) ($i % 4),
                    'narrative' => "Claimant states the loss occurred while the insured was away; neighbour {$i} noticed the damage. "
                        . str_repeat('Contents list attached with receipts for electronics, jewellery and furniture. ', 5),
                ];
                ($this->callbacks['request'])($req, new Response());
            }
        }
    }
}

namespace Claims\Fraud {

    final class ClaimSnapshot
    {
        public function __construct(
            public readonly string $claimNumber,
            public readonly string $policyNumber,
            public readonly string $lossType,
            public readonly float $amount,
            public readonly \DateTimeImmutable $lossDate,
            public readonly \DateTimeImmutable $reportedAt,
            public readonly int $priorClaims,
            public readonly string $narrative,
        ) {
        }

        public static function fromPost(array $post): self
        {
            return new self(
                $post['claim_number'],
                $post['policy_number'],
                $post['loss_type'],
                (float) $post['amount'],
                new \DateTimeImmutable($post['loss_date']),
                new \DateTimeImmutable($post['reported_at']),
                (int) $post['prior_claims'],
                $post['narrative'],
            );
        }
    }

    final class FraudScore
    {
        /** @param list<string> $reasons */
        public function __construct(public readonly int $score, public readonly array $reasons)
        {
        }

        public function band(): string
        {
            return $this->score >= 70 ? 'refer_siu' : ($this->score >= 40 ? 'review' : 'fast_track');
        }
    }

    interface Signal
    {
        /** @return array{0: int, 1: string}|null */
        public function evaluate(ClaimSnapshot $claim): ?array;
    }

    final class LateReportingSignal implements Signal
    {
        public function __construct(private int $days)
        {
        }

        public function evaluate(ClaimSnapshot $claim): ?array
        {
            $lag = $claim->lossDate->diff($claim->reportedAt)->days;

            return $lag > $this->days ? [25, sprintf('%s reported %d days after loss', $claim->claimNumber, $lag)] : null;
        }
    }

    final class FrequencySignal implements Signal
    {
        public function evaluate(ClaimSnapshot $claim): ?array
        {
            return $claim->priorClaims >= 2 ? [20, sprintf('policy %s has %d prior claims', $claim->policyNumber, $claim->priorClaims)] : null;
        }
    }

    final class NarrativeKeywordSignal implements Signal
    {
        private const KEYWORDS = ['cash', 'receipts', 'jewellery', 'away', 'no witnesses'];

        public function evaluate(ClaimSnapshot $claim): ?array
        {
            $hits = array_values(array_filter(self::KEYWORDS, static fn (string $k) => stripos($claim->narrative, $k) !== false));

            return $hits ? [8 * count($hits), sprintf('narrative of %s mentions %s', $claim->claimNumber, implode(', ', $hits))] : null;
        }
    }

    /**
     * Per-claim memo so the decision endpoint and the SIU note builder do not
     * evaluate the signals twice for the same snapshot.
     */
    final class ScoreMemo
    {
        /** @var array<int, array{claim: \WeakReference<ClaimSnapshot>, score: FraudScore}> */
        private array $entries = [];

        public function lookup(ClaimSnapshot $claim): ?FraudScore
        {
            $entry = $this->entries[spl_object_id($claim)] ?? null;

            return $entry !== null && $entry['claim']->get() === $claim ? $entry['score'] : null;
        }

        public function remember(ClaimSnapshot $claim, FraudScore $score): FraudScore
        {
            $this->entries[spl_object_id($claim)] = ['claim' => \WeakReference::create($claim), 'score' => $score];

            return $score;
        }
    }

    final class FraudScorer
    {
        /** @param list<Signal> $signals */
        public function __construct(private array $signals, private ScoreMemo $memo)
        {
        }

        public function score(ClaimSnapshot $claim): FraudScore
        {
            if ($cached = $this->memo->lookup($claim)) {
                return $cached;
            }

            $points = 0;
            $reasons = [];
            foreach ($this->signals as $signal) {
                if ($hit = $signal->evaluate($claim)) {
                    [$weight, $reason] = $hit;
                    $points += $weight;
                    $reasons[] = $reason;
                }
            }
            if ($claim->amount > 25000 && $claim->lossType === 'soft_tissue') {
                $points += 30;
                $reasons[] = sprintf('soft tissue claim %s of %.2f above threshold', $claim->claimNumber, $claim->amount);
            }

            return $this->memo->remember($claim, new FraudScore(min(100, $points), $reasons));
        }
    }

    final class SiuReferralNote
    {
        public function __construct(private FraudScorer $scorer)
        {
        }

        public function build(ClaimSnapshot $claim): string
        {
            $score = $this->scorer->score($claim);

            return $score->band() === 'refer_siu'
                ? "SIU referral for {$claim->claimNumber}:\n- " . implode("\n- ", $score->reasons)
                : '';
        }
    }
}

namespace {
    use Claims\Fraud\ClaimSnapshot;
    use Claims\Fraud\FraudScorer;
    use Claims\Fraud\FrequencySignal;
    use Claims\Fraud\LateReportingSignal;
    use Claims\Fraud\NarrativeKeywordSignal;
    use Claims\Fraud\ScoreMemo;
    use Claims\Fraud\SiuReferralNote;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $scorer = null;
    $notes = null;

    $server->on('workerStart', static function (Server $server, int $workerId) use (&$scorer, &$notes): void {
        $scorer = new FraudScorer(
            [new LateReportingSignal(30), new FrequencySignal(), new NarrativeKeywordSignal()],
            new ScoreMemo(),
        );
        $notes = new SiuReferralNote($scorer);
    });

    $server->on('request', static function (Request $request, Response $response) use (&$scorer, &$notes): void {
        $claim = ClaimSnapshot::fromPost($request->post ?? []);
        $score = $scorer->score($claim);
        $note = $notes->build($claim);

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode([
            'claim' => $claim->claimNumber,
            'score' => $score->score,
            'band' => $score->band(),
            'siu_note' => $note,
        ]));
    });

    $server->start();
}
