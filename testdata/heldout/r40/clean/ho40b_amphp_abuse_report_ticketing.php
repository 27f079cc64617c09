<?php

declare(strict_types=1);

/*
 * Abuse-desk consumer of a hosting control panel, running on an AMPHP-style
 * event loop: reports (spam, phishing, port scans) arrive from the intake
 * mailbox, are classified, turned into a ticket and, for severe cases,
 * paged to the network operations centre.
 */

/** Stand-in for Revolt\EventLoop: callbacks queued, then run to completion. */
final class EventLoop
{
    private static ?SplQueue $microtasks = null;

    public static function queue(Closure $callback, mixed ...$args): void
    {
        self::$microtasks ??= new SplQueue();
        self::$microtasks->enqueue([$callback, $args]);
    }

    public static function run(): void
    {
        while (self::$microtasks !== null && !self::$microtasks->isEmpty()) {
            [$callback, $args] = self::$microtasks->dequeue();
            $callback(...$args);
        }
    }
}

final class AbuseReport
{
    public function __construct(
        public readonly string $id,
        public readonly string $reporter,
        public readonly string $targetIp,
        public readonly string $subject,
        public readonly string $body,
        public readonly int $receivedAt,
    ) {
    }
}

final class AbuseClassifier
{
    private const KEYWORDS = [
        'phishing' => ['login', 'verify your account', 'password'],
        'malware' => ['trojan', 'payload', 'c2 server'],
        'scan' => ['port scan', 'ssh brute', 'fail2ban'],
        'spam' => ['unsolicited', 'newsletter', 'viagra'],
    ];

    public function categorise(string $subject, string $evidence): string
    {
        $haystack = strtolower($subject . ' ' . $evidence);
        foreach (self::KEYWORDS as $category => $needles) {
            foreach ($needles as $needle) {
                if (str_contains($haystack, $needle)) {
                    return $category;
                }
            }
        }

        return 'other';
    }
}

final class TicketDesk
{
    public int $opened = 0;

    public function open(string $reportId, string $category, string $verdict): string
    {
        $this->opened++;

        return sprintf('ABUSE-%06d', $this->opened);
    }
}

final class NocPager
{
    public int $pages = 0;

    public function page(string $ip, string $verdict, string $evidence): string
    {
        if ($verdict === 'suspend') {
            $this->pages++;
        }

        return $verdict;
    }
}

final class TriagePlanner
{
    public function __construct(
        private AbuseClassifier $classifier,
        private TicketDesk $desk,
        private NocPager $noc,
    ) {
    }

    /** @return array<string, Closure> */
    public function stepsFor(AbuseReport $report): array
    {
        $evidence = $this->summarise($report);
        $steps = [];

        $steps['notify'] = function (AbuseReport $r, string $verdict) use ($evidence): string {
            return $this->noc->page($r->targetIp, $verdict, $evidence);
        };
        $steps['route'] = function (AbuseReport $r, string $category) use ($steps): string {
            $verdict = in_array($category, ['phishing', 'malware'], true) ? 'suspend' : 'warn';
            $this->desk->open($r->id, $category, $verdict);

            return $steps['notify']($r, $verdict);
        };
        $steps['classify'] = function (AbuseReport $r) use ($steps, $evidence): string {
            return $steps['route']($r, $this->classifier->categorise($r->subject, $evidence));
        };

        return $steps;
    }

    private function summarise(AbuseReport $report): string
    {
        return sprintf(
            "[%s] from %s about %s at %s\n%s",
            $report->id,
            $report->reporter,
            $report->targetIp,
            gmdate('Y-m-d H:i:s', $report->receivedAt),
            substr(preg_replace('/\s+/', ' ', $report->body), 0, 400),
        );
    }
}

final class AbuseMailboxConsumer
{
    public int $handled = 0;

    public function __construct(private TriagePlanner $planner)
    {
    }

    public function consume(AbuseReport $report): void
    {
        $steps = $this->planner->stepsFor($report);

        EventLoop::queue(function (AbuseReport $r) use ($steps): void {
            $steps['classify']($r);
            $this->handled++;
        }, $report);
        EventLoop::run();
    }
}

$reports = (int) (getenv('PHPLEAK_N') ?: 100);

$consumer = new AbuseMailboxConsumer(new TriagePlanner(new AbuseClassifier(), new TicketDesk(), new NocPager()));

$subjects = ['Phishing site hosted on your network', 'SSH brute force from your IP', 'Unsolicited bulk email', 'Malware distribution'];
$bodies = [
    'The page at http://%s/secure/login asks visitors to verify your account and enter their password. Please take it down.',
    'Our fail2ban logs show repeated SSH brute force attempts originating from %s over the last hour; log excerpt attached.',
    'We received unsolicited newsletter mail relayed through %s to several thousand recipients of our customers.',
    'Host %s serves a trojan payload and acts as a c2 server for a botnet observed by our honeypots.',
];
for ($i = 0; $i < $reports; $i++) {
    $ip = sprintf('203.0.%d.%d', intdiv($i, 250) % 255, $i % 250 + 1);
    $consumer->consume(new AbuseReport(
        sprintf('rpt_%s', substr(sha1("report-$i"), 0, 16)),
        ['abuse@spamhaus.example', 'soc@bank.example', 'noc@isp.example'][$i % 3],
        $ip,
        $subjects[$i % 4],
        sprintf($bodies[$i % 4], $ip) . str_repeat(' Evidence line ' . $i . '.', 8),
        1714521600 + $i * 31,
    ));
}
