<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {
    /** Stand-in for the RoadRunner PSR-7 worker: hands out one request per loop turn. */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $maxJobs, private \Closure $source)
        {
        }

        public function waitRequest(): ?array
        {
            if ($this->served >= $this->maxJobs) {
                return null;
            }

            return ($this->source)($this->served++);
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace App\Fraud {
    use SplQueue;

    final class ClaimEvent
    {
        public function __construct(
            public readonly string $claimNumber,
            public readonly string $policyNumber,
            public readonly string $claimantId,
            public readonly string $lossType,
            public readonly float $amount,
            public readonly int $occurredAt,
            public readonly string $remoteAddr,
            public readonly string $narrative,
        ) {
        }

        public static function fromPayload(array $body, int $now): self
        {
            return new self(
                $body['claim_number'],
                $body['policy']['number'] . '/' . $body['policy']['term'],
                $body['claimant']['id'],
                $body['loss']['type'],
                (float) $body['loss']['amount'],
                $body['reported_at'] ?? $now,
                $body['meta']['ip'],
                trim($body['loss']['narrative']),
            );
        }
    }

    interface FraudRule
    {
        public function score(ClaimEvent $event, VelocityMonitor $velocity): int;
    }

    final class ClaimantVelocityRule implements FraudRule
    {
        public function __construct(private int $maxClaims)
        {
        }

        public function score(ClaimEvent $event, VelocityMonitor $velocity): int
        {
            return $velocity->claimsBy($event->claimantId) > $this->maxClaims ? 40 : 0;
        }
    }

    final class SharedAddressRule implements FraudRule
    {
        public function score(ClaimEvent $event, VelocityMonitor $velocity): int
        {
            return $velocity->claimsFrom($event->remoteAddr) > 3 ? 25 : 0;
        }
    }

    final class LargeSoftTissueRule implements FraudRule
    {
        public function score(ClaimEvent $event, VelocityMonitor $velocity): int
        {
            return $event->lossType === 'bodily_injury' && $event->amount > 15000 ? 20 : 0;
        }
    }

    /**
     * Sliding window of recent first-notice-of-loss events, used by the
     * velocity rules ("same claimant / same device within 24h").
     */
    final class VelocityMonitor
    {
        /** @var SplQueue<ClaimEvent> */
        private SplQueue $events;

        public function __construct(private int $windowSeconds)
        {
            $this->events = new SplQueue();
        }

        public function observe(ClaimEvent $event): void
        {
            $this->evictOlderThan($event->occurredAt - $this->windowSeconds);
            $this->events->enqueue($event); // leak
        }

        public function claimsBy(string $claimantId): int
        {
            return $this->countWhere(static fn (ClaimEvent $e) => $e->claimantId === $claimantId);
        }

        public function claimsFrom(string $remoteAddr): int
        {
            return $this->countWhere(static fn (ClaimEvent $e) => $e->remoteAddr === $remoteAddr);
        }

        private function evictOlderThan(int $cutoff): void
        {
            while (!$this->events->isEmpty() && $this->events->bottom()->occurredAt < $cutoff) {
                $this->events->dequeue();
            }
        }

        private function countWhere(callable $match): int
        {
            $count = 0;
            foreach ($this->events as $event) {
                $count += $match($event) ? 1 : 0;
            }

            return $count;
        }
    }

    final class FraudScreeningService
    {
        /** @param list<FraudRule> $rules */
        public function __construct(
            private VelocityMonitor $velocity,
            private array $rules,
            private int $referralThreshold,
        ) {
        }

        public function screen(ClaimEvent $event): array
        {
            $this->velocity->observe($event);

            $score = 0;
            $hits = [];
            foreach ($this->rules as $rule) {
                $points = $rule->score($event, $this->velocity);
                if ($points > 0) {
                    $score += $points;
                    $hits[] = (new \ReflectionClass($rule))->getShortName();
                }
            }

            return [
                'claim' => $event->claimNumber,
                'score' => $score,
                'refer_to_siu' => $score >= $this->referralThreshold,
                'rules' => $hits,
            ];
        }
    }
}

namespace {
    use App\Fraud\ClaimantVelocityRule;
    use App\Fraud\ClaimEvent;
    use App\Fraud\FraudScreeningService;
    use App\Fraud\LargeSoftTissueRule;
    use App\Fraud\SharedAddressRule;
    use App\Fraud\VelocityMonitor;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $screening = new FraudScreeningService(
        new VelocityMonitor(windowSeconds: 86400),
        [new ClaimantVelocityRule(2), new SharedAddressRule(), new LargeSoftTissueRule()],
        referralThreshold: 50,
    );

    $lossTypes = ['collision', 'theft', 'bodily_injury', 'glass', 'water_damage'];
    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100), static function (int $i) use ($lossTypes): array {
        $claimNumber = sprintf('FNOL-%06d', 880000 + $i);

        return ['body' => json_encode([
            'claim_number' => $claimNumber,
            'policy' => ['number' => sprintf('AU-%09d', 400000000 + $i * 17), 'term' => '2024-2025'],
            'claimant' => ['id' => sprintf('CUST-%06d', 120000 + ($i * 7919) % 50000)],
            'loss' => [
                'type' => $lossTypes[$i % 5],
                'amount' => 800 + ($i * 331) % 24000,
                'narrative' => "Insured reports {$lossTypes[$i % 5]} loss on policy term; vehicle parked at residence overnight, "
                    . "discovered damage at 07:30. Police report pending; no witnesses identified at scene. Photos of the "
                    . "damage uploaded with the first notice. Claim {$claimNumber} submitted via mobile app.",
            ],
            'reported_at' => time(),
            'meta' => ['ip' => '10.24.' . ($i % 250) . '.' . ($i * 3 % 250)],
        ])];
    });

    while (($request = $worker->waitRequest()) !== null) {
        $body = json_decode($request['body'], true, 512, JSON_THROW_ON_ERROR);
        $result = $screening->screen(ClaimEvent::fromPayload($body, time()));
        $worker->respond(200, json_encode($result));
    }
}
