<?php

declare(strict_types=1);

namespace React\EventLoop {
    use SplQueue;

    /** Stand-in for React\EventLoop\StreamSelectLoop's future-tick queue. */
    final class StreamSelectLoop
    {
        private SplQueue $futureTicks;

        public function __construct()
        {
            $this->futureTicks = new SplQueue();
        }

        public function futureTick(callable $listener): void
        {
            $this->futureTicks->enqueue($listener);
        }

        public function tick(): void
        {
            $count = $this->futureTicks->count();
            while ($count-- > 0 && !$this->futureTicks->isEmpty()) {
                $listener = $this->futureTicks->dequeue();
                $listener();
            }
        }
    }

    final class Loop
    {
        private static ?StreamSelectLoop $instance = null;

        public static function get(): StreamSelectLoop
        {
            return self::$instance ??= new StreamSelectLoop();
        }
    }
}

namespace App\Renewals {
    use Closure;
    use DateTimeImmutable;
    use React\EventLoop\Loop;

    final class RenewalMailer
    {
        /** @var array<string, int> */
        private array $sentPerTemplate = [];

        public function send(string $to, string $template, array $context): void
        {
            $body = strtr("Dear {holder}, policy {policy} renews on {date} at {premium}.", $context);
            $this->sentPerTemplate[$template] = ($this->sentPerTemplate[$template] ?? 0) + (strlen($body) > 0 ? 1 : 0);
        }
    }

    final class PolicyRenewal
    {
        /** @var array<string, callable> */
        private array $reminders = [];

        /** @var array<string, string> */
        private array $remindedAt = [];

        public function __construct(
            public readonly string $policyNumber,
            public readonly string $holderName,
            public readonly string $holderEmail,
            public readonly DateTimeImmutable $expiresOn,
            public readonly float $renewalPremium,
        ) {
        }

        public function onReminder(string $stage, callable $callback): void
        {
            $this->reminders[$stage] = $callback; // leak
        }

        /** @param array<string, int> $stageDays */
        public function dueReminders(DateTimeImmutable $today, array $stageDays): array
        {
            $daysLeft = (int) $today->diff($this->expiresOn)->format('%r%a');
            $due = [];
            foreach ($this->reminders as $stage => $callback) {
                if ($daysLeft <= $stageDays[$stage] && !isset($this->remindedAt[$stage])) {
                    $due[$stage] = $callback;
                }
            }

            return $due;
        }

        public function markReminded(string $stage): void
        {
            $this->remindedAt[$stage] = date(DATE_ATOM);
        }
    }

    final class ReminderPlanner
    {
        /** @param array<string, int> $stageDays */
        public function __construct(
            private RenewalMailer $mailer,
            public readonly array $stageDays,
        ) {
        }

        public function plan(PolicyRenewal $renewal): void
        {
            foreach (array_keys($this->stageDays) as $stage) {
                $renewal->onReminder($stage, $this->reminderFor($renewal, $stage)); // leak
            }
        }

        private function reminderFor(PolicyRenewal $renewal, string $stage): Closure
        {
            $mailer = $this->mailer;

            return static function () use ($renewal, $stage, $mailer): void { // leak
                $mailer->send($renewal->holderEmail, "renewal.reminder.{$stage}", [
                    '{holder}' => $renewal->holderName,
                    '{policy}' => $renewal->policyNumber,
                    '{date}' => $renewal->expiresOn->format('F j, Y'),
                    '{premium}' => number_format($renewal->renewalPremium, 2),
                ]);
                $renewal->markReminded($stage);
            };
        }
    }

    final class RenewalJobHandler
    {
        public function __construct(private ReminderPlanner $planner)
        {
        }

        public function handle(array $job, DateTimeImmutable $today): void
        {
            $renewal = new PolicyRenewal(
                $job['policy_number'],
                $job['holder']['name'],
                $job['holder']['email'],
                new DateTimeImmutable($job['expires_on']),
                round($job['current_premium'] * (1 + $job['rate_change_pct'] / 100), 2),
            );
            $this->planner->plan($renewal);

            foreach ($renewal->dueReminders($today, $this->planner->stageDays) as $callback) {
                Loop::get()->futureTick($callback);
            }
        }
    }
}

namespace {
    use App\Renewals\ReminderPlanner;
    use App\Renewals\RenewalJobHandler;
    use App\Renewals\RenewalMailer;
    use React\EventLoop\Loop;

    $handler = new RenewalJobHandler(new ReminderPlanner(new RenewalMailer(), ['60d' => 60, '30d' => 30, '7d' => 7]));
    $today = new DateTimeImmutable('2024-09-01');
    $surnames = ['Nakamura', 'Oyelaran', 'Fitzgerald', 'Castellano', 'Brandt'];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $handler->handle([
            'policy_number' => sprintf('HO3-%08d', 21000000 + $i * 3),
            'holder' => [
                'name' => $surnames[$i % 5] . ' household',
                'email' => sprintf('policyholder%06d@example.net', 300000 + $i),
            ],
            'expires_on' => $today->modify('+' . (5 + $i % 70) . ' days')->format('Y-m-d'),
            'current_premium' => 1200 + ($i % 90) * 11.5,
            'rate_change_pct' => 4.5,
        ], $today);
        Loop::get()->tick();
    }
}
