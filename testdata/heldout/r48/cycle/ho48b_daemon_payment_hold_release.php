<?php

declare(strict_types=1);

// Long-running CLI daemon (supervisord, `bin/console claims:release-holds`)
// that takes payment-hold release jobs from beanstalkd, re-checks the hold
// reasons and releases the indemnity payment or re-queues the job.

namespace Pheanstalk\Values {
    final class Job
    {
        public function __construct(private readonly int $id, private readonly string $data)
        {
        }

        public function getId(): int
        {
            return $this->id;
        }

        public function getData(): string
        {
            return $this->data;
        }
    }

    final class TubeName
    {
        public function __construct(public readonly string $value)
        {
        }
    }
}

namespace Pheanstalk {
    use Pheanstalk\Values\Job;
    use Pheanstalk\Values\TubeName;

    final class Pheanstalk
    {
        private int $next = 0;
        private readonly int $available;
        /** @var array<string, int> */
        private array $counters = ['deleted' => 0, 'released' => 0, 'buried' => 0];

        private function __construct(public readonly string $host)
        {
            $this->available = (int) (getenv('PHPLEAK_N') ?: 100);
        }

        public static function create(string $host, int $port = 11300): self
        {
            return new self("{$host}:{$port}");
        }

        public function watch(TubeName $tube): void
        {
        }

        public function reserveWithTimeout(int $timeout): ?Job
        {
            if ($this->next >= $this->available) {
                return null;
            }
            $i = $this->next++;

            return new Job(90000 + $i, json_encode([
                'hold_id' => "HOLD-{$i}",
                'claim' => sprintf('CLM-%06d', 230000 + $i),
                'payee' => "Body shop {$i} GmbH",
                'amount_cents' => 180000 + $i * 13,
                'reasons' => ['sanctions_screening', $i % 3 ? 'open_siu_referral' : 'large_loss'],
                'notes' => str_repeat("Hold placed on payment to payee for claim {$i} pending review. ", 9),
            ]));
        }

        public function statsJob(Job $job): array
        {
            return ['id' => $job->getId(), 'reserves' => 1 + $job->getId() % 4, 'tube' => 'payment-holds'];
        }

        public function delete(Job $job): void
        {
            $this->counters['deleted']++;
        }

        public function release(Job $job, int $priority = 1024, int $delay = 0): void
        {
            $this->counters['released']++;
        }

        public function bury(Job $job, int $priority = 1024): void
        {
            $this->counters['buried']++;
        }
    }
}

namespace App\Payments {
    use Pheanstalk\Pheanstalk;
    use Pheanstalk\Values\Job;

    final class HoldReviewService
    {
        public function stillBlocking(string $reason, array $payload): bool
        {
            return match ($reason) {
                'sanctions_screening' => str_contains($payload['payee'], 'Sanctioned'),
                'open_siu_referral' => $payload['amount_cents'] % 5 === 0,
                'large_loss' => $payload['amount_cents'] > 10_000_000,
                default => true,
            };
        }
    }

    final class ReleaseHoldHandler
    {
        private const MAX_ATTEMPTS = 3;

        public function __construct(private readonly Pheanstalk $queue, private readonly HoldReviewService $review)
        {
        }

        public function handle(Job $job): void
        {
            $envelope = [
                'job' => $job,
                'payload' => json_decode($job->getData(), true, 8, JSON_THROW_ON_ERROR),
                'attempts' => $this->queue->statsJob($job)['reserves'],
            ];
            $envelope['retry'] = function (string $reason) use (&$envelope): bool { // leak
                if ($envelope['attempts'] >= self::MAX_ATTEMPTS) {
                    $this->queue->bury($envelope['job']);

                    return false;
                }
                $this->queue->release($envelope['job'], 1024, 60 * $envelope['attempts']);

                return true;
            };

            $this->process($envelope);
        }

        private function process(array $envelope): void
        {
            foreach ($envelope['payload']['reasons'] as $reason) {
                if ($this->review->stillBlocking($reason, $envelope['payload'])) {
                    ($envelope['retry'])($reason);

                    return;
                }
            }
            $this->queue->delete($envelope['job']);
        }
    }
}

namespace {
    use App\Payments\HoldReviewService;
    use App\Payments\ReleaseHoldHandler;
    use Pheanstalk\Pheanstalk;
    use Pheanstalk\Values\TubeName;

    $running = true;
    if (function_exists('pcntl_signal')) {
        pcntl_async_signals(true);
        pcntl_signal(SIGTERM, static function () use (&$running): void {
            $running = false;
        });
    }

    $pheanstalk = Pheanstalk::create('beanstalkd');
    $pheanstalk->watch(new TubeName('payment-holds'));
    $handler = new ReleaseHoldHandler($pheanstalk, new HoldReviewService());

    while ($running) {
        $job = $pheanstalk->reserveWithTimeout(5);
        if ($job === null) {
            break;
        }
        $handler->handle($job);
    }
}
