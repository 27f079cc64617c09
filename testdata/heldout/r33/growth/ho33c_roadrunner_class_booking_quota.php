<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {
    /** Stand-in for the RoadRunner PSR-7 worker: yields requests until the pool stops it. */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private readonly int $maxJobs, private readonly \Closure $source)
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

namespace App\Booking {

    final class ClassBooking
    {
        public function __construct(
            public readonly string $reference,
            public readonly int $memberId,
            public readonly string $classCode,
            public readonly string $studio,
            public readonly \DateTimeImmutable $startsAt,
            public readonly array $waiverAnswers,
        ) {
        }
    }

    final class QuotaDecision
    {
        public function __construct(
            public readonly ClassBooking $booking,
            public readonly int $usedThisWeek,
            public readonly int $allowance,
            public readonly string $reason,
        ) {
        }

        public function allowed(): bool
        {
            return $this->usedThisWeek < $this->allowance;
        }
    }

    /**
     * Several guards (quota, late-cancel penalty, waitlist promotion) ask the
     * same question about one booking during a request; the answer is memoised
     * on the booking object.
     */
    trait MemoizesPerBooking
    {
        private static array $decisions = [];

        protected function remember(ClassBooking $booking, \Closure $compute): QuotaDecision
        {
            return self::$decisions[spl_object_id($booking)] ??= $compute($booking); // leak
        }
    }

    final class WeeklyQuotaGuard
    {
        use MemoizesPerBooking;

        private const ALLOWANCE = ['starter' => 2, 'unlimited' => 99, 'student' => 4];

        public function __construct(private readonly array $attendanceCounts)
        {
        }

        public function check(ClassBooking $booking, string $tier): QuotaDecision
        {
            return $this->remember($booking, function (ClassBooking $b) use ($tier): QuotaDecision {
                $used = $this->attendanceCounts[$b->memberId % 10] ?? 0;
                $allowance = self::ALLOWANCE[$tier] ?? 2;

                return new QuotaDecision(
                    $b,
                    $used,
                    $allowance,
                    sprintf('%s: %d of %d classes used this week (%s, %s)', $tier, $used, $allowance, $b->classCode, $b->studio),
                );
            });
        }
    }

    final class BookClassAction
    {
        public function __construct(private readonly WeeklyQuotaGuard $quota)
        {
        }

        public function __invoke(array $payload): array
        {
            $booking = new ClassBooking(
                sprintf('BK-%s-%06d', $payload['class'], $payload['seq']),
                $payload['member'],
                $payload['class'],
                $payload['studio'],
                new \DateTimeImmutable($payload['starts_at']),
                $payload['waiver'],
            );

            $decision = $this->quota->check($booking, $payload['tier']);
            if (!$decision->allowed()) {
                return ['status' => 409, 'error' => $decision->reason];
            }

            // The late-cancel guard asks again; served from the memo.
            $again = $this->quota->check($booking, $payload['tier']);

            return ['status' => 201, 'booking' => $booking->reference, 'left' => $again->allowance - $again->usedThisWeek];
        }
    }
}

namespace {

    use App\Booking\BookClassAction;
    use App\Booking\WeeklyQuotaGuard;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $classes = ['HIIT45', 'SPIN30', 'YOGA60', 'BOXFIT', 'PILATES'];
    $tiers = ['starter', 'unlimited', 'student'];

    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100), function (int $seq) use ($classes, $tiers): array {
        return [
            'seq' => $seq,
            'member' => 7100 + $seq % 850,
            'class' => $classes[$seq % 5],
            'studio' => 'Studio ' . chr(65 + $seq % 3),
            'tier' => $tiers[$seq % 3],
            'starts_at' => sprintf('2026-03-%02d %02d:00:00', 1 + $seq % 28, 6 + $seq % 14),
            'waiver' => ['injuries' => $seq % 4 === 0 ? 'left knee, ACL 2023' : 'none', 'pregnant' => false, 'signed' => 'v3'],
        ];
    });

    $action = new BookClassAction(new WeeklyQuotaGuard([0, 1, 3, 2, 5, 1, 0, 4, 2, 1]));

    while ($payload = $worker->waitRequest()) {
        $result = $action($payload);
        $worker->respond($result['status'], json_encode($result));
    }
}
