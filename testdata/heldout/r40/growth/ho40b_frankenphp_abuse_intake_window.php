<?php

declare(strict_types=1);

/*
 * Abuse-report intake of a hosting control panel running as a FrankenPHP
 * worker. External reporters POST complaints about customer IPs; the intake
 * scores each report against the most recent reports so that a burst
 * against one /24 escalates to the on-call engineer.
 */

if (!function_exists('frankenphp_handle_request')) {
    /** Stand-in for FrankenPHP's worker entry: fills the superglobals, runs the handler. */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $i = $served++;
        $categories = ['spam', 'phishing', 'scan', 'copyright', 'malware'];
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/api/abuse/reports';
        $_SERVER['REQUEST_TIME'] = 1714521600 + $i * 7;
        $_SERVER['REMOTE_ADDR'] = '192.0.2.' . ($i % 200 + 1);
        $_POST = [
            'reporter' => ['abuse@spamcop.example', 'noc@telco.example', 'dmca@studio.example', 'cert@bank.example'][$i % 4],
            'ip' => sprintf('203.0.%d.%d', 113 + $i % 3, ($i * 37) % 254 + 1),
            'category' => $categories[$i % 5],
            'message' => sprintf('Report %d: host observed %s activity towards our systems. ', $i, $categories[$i % 5])
                . str_repeat('Log: ' . substr(sha1("log$i"), 0, 24) . ' ', 10),
        ];
        $handler();

        return true;
    }
}

final class ReportDigest
{
    public function __construct(
        public readonly string $reporter,
        public readonly string $ip,
        public readonly string $subnet,
        public readonly string $category,
        public readonly string $excerpt,
        public readonly int $receivedAt,
    ) {
    }

    public static function fromPost(array $post, int $now): self
    {
        $ip = filter_var($post['ip'] ?? '', FILTER_VALIDATE_IP) ?: '0.0.0.0';

        return new self(
            strtolower(trim($post['reporter'] ?? 'unknown')),
            $ip,
            implode('.', array_slice(explode('.', $ip), 0, 3)) . '.0/24',
            (string) ($post['category'] ?? 'other'),
            substr((string) ($post['message'] ?? ''), 0, 400),
            $now,
        );
    }
}

final class SubnetHeat
{
    private const WINDOW = 50;
    private const ESCALATE_AT = 8;

    /** @var list<ReportDigest> */
    private array $recent = [];

    public function record(ReportDigest $digest): bool
    {
        $this->recent[] = $digest; // leak
        $window = self::lastN($this->recent, self::WINDOW);

        $hits = 0;
        foreach ($window as $seen) {
            if ($seen->subnet === $digest->subnet && $seen->receivedAt >= $digest->receivedAt - 3600) {
                $hits++;
            }
        }

        return $hits >= self::ESCALATE_AT;
    }

    /**
     * @param list<ReportDigest> $items
     * @return list<ReportDigest>
     */
    private static function lastN(array $items, int $n): array
    {
        $excess = count($items) - $n;
        if ($excess > 0) {
            array_splice($items, 0, $excess);
        }

        return $items;
    }
}

final class OnCallPager
{
    public int $escalations = 0;

    public function escalate(ReportDigest $digest): void
    {
        $this->escalations++;
    }
}

final class AbuseIntakeController
{
    public function __construct(
        private SubnetHeat $heat,
        private OnCallPager $pager,
    ) {
    }

    public function __invoke(): void
    {
        if (($_SERVER['REQUEST_METHOD'] ?? 'GET') !== 'POST') {
            http_response_code(405);

            return;
        }
        $digest = ReportDigest::fromPost($_POST, (int) $_SERVER['REQUEST_TIME']);
        if ($this->heat->record($digest)) {
            $this->pager->escalate($digest);
        }
    }
}

$controller = new AbuseIntakeController(new SubnetHeat(), new OnCallPager());

while (frankenphp_handle_request($controller)) {
    gc_collect_cycles();
}
