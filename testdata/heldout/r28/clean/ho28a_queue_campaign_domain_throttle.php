<?php

declare(strict_types=1);

/*
 * `php artisan queue:work` consumer for campaign sends. Every job sends one
 * personalised email through the ESP; the throttle tracks in-flight messages
 * per sending domain so a single domain cannot exceed its warm-up budget.
 */

namespace Illuminate\Queue {
    abstract class Job
    {
        public int $attempts = 1;
        public bool $released = false;
        public int $releaseDelay = 0;

        public function release(int $delay = 0): void
        {
            $this->released = true;
            $this->releaseDelay = $delay;
        }

        abstract public function handle(): void;
    }

    /** Stand-in for queue:work — pops one job at a time and runs it. */
    final class Worker
    {
        private int $processed = 0;
        private int $released = 0;

        public function daemon(\Iterator $jobs): void
        {
            foreach ($jobs as $job) {
                $job->handle();
                $job->released ? $this->released++ : $this->processed++;
            }
        }
    }
}

namespace App\Mail {

    final class OutboundMessage
    {
        public function __construct(
            public readonly string $messageId,
            public readonly string $to,
            public readonly string $subject,
            public readonly string $html,
            public readonly array $headers,
        ) {
        }

        public function domain(): string
        {
            return substr($this->to, strrpos($this->to, '@') + 1);
        }
    }

    final class EspResponse
    {
        public function __construct(public readonly int $code, public readonly string $detail)
        {
        }

        public function isSoftBounce(): bool
        {
            return $this->code >= 400 && $this->code < 500;
        }
    }

    /** Fake ESP transport: some mailboxes answer "452 mailbox full". */
    final class EspTransport
    {
        public function send(OutboundMessage $message): EspResponse
        {
            if (crc32($message->to) % 3 === 0) {
                return new EspResponse(452, '4.2.2 Mailbox full, try again later');
            }

            return new EspResponse(250, '2.0.0 queued as ' . substr($message->messageId, 1, 12));
        }
    }

    final class SendThrottle
    {
        private \SplObjectStorage $inFlight;
        private array $budget;

        public function __construct(array $budgetPerDomain)
        {
            $this->inFlight = new \SplObjectStorage();
            $this->budget = $budgetPerDomain;
        }

        public function acquire(OutboundMessage $message, int $now): bool
        {
            $domain = $message->domain();
            $used = 0;
            foreach ($this->inFlight as $m) {
                if ($this->inFlight[$m]['domain'] === $domain && $now - $this->inFlight[$m]['since'] < 60) {
                    $used++;
                }
            }
            if ($used >= ($this->budget[$domain] ?? $this->budget['*'])) {
                return false;
            }
            $this->inFlight->attach($message, ['domain' => $domain, 'since' => $now]);

            return true;
        }

        public function release(OutboundMessage $message): void
        {
            $this->inFlight->detach($message);
        }
    }

    final class CampaignMailer
    {
        public function __construct(private EspTransport $transport, private SendThrottle $throttle)
        {
        }

        public function build(array $recipient, array $campaign, int $now): OutboundMessage
        {
            $html = strtr($campaign['html'], [
                '{{first_name}}' => $recipient['first_name'],
                '{{unsubscribe}}' => 'https://esp.example/u/' . hash('crc32b', $recipient['email'] . $campaign['id']),
            ]);

            return new OutboundMessage(
                sprintf('<%s.%d@campaigns.example>', $campaign['id'], $recipient['id']),
                $recipient['email'],
                strtr($campaign['subject'], ['{{first_name}}' => $recipient['first_name']]),
                $html,
                ['List-Unsubscribe' => '<https://esp.example/u/' . $recipient['id'] . '>', 'X-Campaign' => $campaign['id'], 'X-Sent-At' => (string) $now],
            );
        }

        /** @return string 'sent' | 'deferred' | 'throttled' */
        public function deliver(OutboundMessage $message, int $now): string
        {
            if (!$this->throttle->acquire($message, $now)) {
                return 'throttled';
            }

            try {
                $response = $this->transport->send($message);

                return $response->isSoftBounce() ? 'deferred' : 'sent';
            } finally {
                $this->throttle->release($message);
            }
        }
    }
}

namespace App\Jobs {
    use App\Mail\CampaignMailer;
    use Illuminate\Queue\Job;

    final class SendCampaignEmail extends Job
    {
        public static ?CampaignMailer $mailer = null;

        public function __construct(private array $recipient, private array $campaign, private int $queuedAt)
        {
        }

        public function handle(): void
        {
            $mailer = self::$mailer;
            $message = $mailer->build($this->recipient, $this->campaign, $this->queuedAt);

            match ($mailer->deliver($message, $this->queuedAt)) {
                'deferred' => $this->release(300 * $this->attempts),
                'throttled' => $this->release(60),
                default => null,
            };
        }
    }
}

namespace {
    use App\Jobs\SendCampaignEmail;
    use App\Mail\CampaignMailer;
    use App\Mail\EspTransport;
    use App\Mail\SendThrottle;
    use Illuminate\Queue\Worker;

    SendCampaignEmail::$mailer = new CampaignMailer(
        new EspTransport(),
        new SendThrottle(['gmail.com' => 40, 'outlook.com' => 25, 'yahoo.com' => 20, '*' => 10]),
    );

    $campaign = [
        'id' => 'cmp_may_webinar',
        'subject' => '{{first_name}}, save your seat for Thursday',
        'html' => '<p>Hi {{first_name}},</p><p>Join our live session on lifecycle marketing.</p>'
            . implode('', array_map(
                fn (array $s) => sprintf('<table class="speaker"><tr><td><img src="https://cdn.example/speakers/%s.jpg" width="96" alt="%s"></td><td><h3>%s</h3><p>%s</p></td></tr></table>', $s[0], $s[1], $s[1], $s[2]),
                [
                    ['jdoe', 'Jordan Doe', 'VP Lifecycle at Northwind, on win-back flows that recover 12% of churned revenue.'],
                    ['asmith', 'Alex Smith', 'Head of CRM at Contoso, on suppression hygiene and deliverability during warm-up.'],
                    ['rkim', 'Riley Kim', 'Growth PM at Fabrikam, on A/B testing subject lines without fooling yourself.'],
                    ['mlopez', 'Morgan Lopez', 'Marketing Ops at Tailspin, on lead scoring models sales actually trusts.'],
                ],
            ))
            . '<p style="font-size:11px;color:#888">You receive this because you subscribed to event updates. <a href="{{unsubscribe}}">Unsubscribe</a></p>',
    ];

    $jobs = (function (int $n) use ($campaign) {
        $domains = ['gmail.com', 'outlook.com', 'yahoo.com', 'fastmail.com', 'proton.me'];
        for ($i = 0; $i < $n; $i++) {
            $id = 500000 + $i;
            yield new SendCampaignEmail(
                ['id' => $id, 'email' => "member$id@" . $domains[$i % 5], 'first_name' => ['Maya', 'Leo', 'Ines', 'Tom'][$i % 4]],
                $campaign,
                1714000000 + $i * 3600,
            );
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    (new Worker())->daemon($jobs);
}
