<?php
declare(strict_types=1);

/*
 * FrankenPHP worker script for the trust & safety back office: moderators
 * POST a verdict on a user report ("fake profile", "harassment in chat").
 * Every log line written while a report is handled carries that report's
 * context, pushed onto the audit logger at the start of the request.
 */

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        /** Stand-in for the FrankenPHP worker API: fills the superglobals for one request and runs the handler. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $limit) {
                return false;
            }
            $i = $served++;
            $reasons = ['fake_profile', 'harassment', 'spam', 'underage', 'scam'];
            $_SERVER['REQUEST_METHOD'] = 'POST';
            $_SERVER['REQUEST_URI'] = '/admin/reports/' . (40000 + $i) . '/verdict';
            $_SERVER['HTTP_X_REQUEST_ID'] = bin2hex(random_bytes(8));
            $_SERVER['REQUEST_TIME_FLOAT'] = microtime(true);
            $_SERVER['REMOTE_ADDR'] = '10.20.' . ($i % 7) . '.' . (10 + $i % 3);
            $_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
            $_POST = [
                'report_id' => (string) (40000 + $i),
                'reported_profile' => (string) (7_300_000 + intdiv($i, 4)),
                'reason' => $reasons[$i % 5],
                'moderator' => 'mod_' . ['ana', 'kemal', 'ruth'][$i % 3],
                'verdict' => $i % 10 === 0 ? 'dismiss' : 'ban',
                'reporter' => 'usr_' . substr(sha1((string) ($i * 7919)), 0, 24),
                'evidence' => "Chat excerpt #{$i}: \"send me the code from the sms and I'll verify you, then we can meet tonight\" - reporter says the photos are stock images found via reverse search; account created 2 days ago, 140 likes sent in the first hour, same bio as three banned accounts",
            ];
            $handler();
            $_POST = [];
            return $served < $limit;
        }
    }
}

namespace App\Audit {
    final class ModerationAuditLogger
    {
        /** @var list<array<string, mixed>> */
        private array $contextStack = [];
        private ?string $lastLine = null;

        public function pushContext(array $context): void
        {
            $this->contextStack[] = $context;
        }

        public function popContext(): void
        {
            array_pop($this->contextStack);
        }

        public function info(string $event, array $extra = []): void
        {
            $context = $this->contextStack === [] ? [] : array_merge(...$this->contextStack);
            // Real logger: a Monolog stream handler to the audit index.
            $this->lastLine = json_encode(['event' => $event, 'ctx' => $extra + $context]);
        }
    }

    /** Static accessor used throughout the back office. */
    final class Audit
    {
        private static ?ModerationAuditLogger $logger = null;

        public static function logger(): ModerationAuditLogger
        {
            return self::$logger ??= new ModerationAuditLogger();
        }
    }
}

namespace App\Reports {
    use App\Audit\Audit;

    final class ReportVerdict
    {
        public function __construct(
            public readonly int $reportId,
            public readonly int $profileId,
            public readonly string $reason,
            public readonly string $moderator,
            public readonly string $reporter,
            public readonly string $verdict,
            public readonly string $evidence,
        ) {
        }

        public static function fromPost(array $post): self
        {
            return new self(
                (int) $post['report_id'],
                (int) $post['reported_profile'],
                (string) $post['reason'],
                (string) $post['moderator'],
                (string) ($post['reporter'] ?? 'anonymous'),
                in_array($post['verdict'] ?? '', ['ban', 'warn', 'dismiss'], true) ? $post['verdict'] : 'dismiss',
                substr((string) ($post['evidence'] ?? ''), 0, 500),
            );
        }
    }

    final class ProfileStatusGateway
    {
        /** A mass-reported profile is usually banned by the first report of the batch. */
        public function isAlreadyBanned(int $profileId, int $reportId): bool
        {
            return ($reportId - 40000) % 4 !== 0;
        }

        public function ban(int $profileId, string $reason): void
        {
        }
    }

    final class VerdictController
    {
        public function __construct(private readonly ProfileStatusGateway $profiles)
        {
        }

        public function __invoke(array $post, array $server): int
        {
            $verdict = ReportVerdict::fromPost($post);
            $audit = Audit::logger();
            $audit->pushContext([
                'request_id' => $server['HTTP_X_REQUEST_ID'] ?? null,
                'report_id' => $verdict->reportId,
                'profile_id' => $verdict->profileId,
                'moderator' => $verdict->moderator,
                'reporter' => $verdict->reporter,
                'reason' => $verdict->reason,
                'evidence' => $verdict->evidence,
                'client' => sprintf('%s (%s)', $server['REMOTE_ADDR'] ?? '-', $server['HTTP_USER_AGENT'] ?? '-'),
            ]);

            try {
                if ($verdict->verdict === 'ban' && $this->profiles->isAlreadyBanned($verdict->profileId, $verdict->reportId)) {
                    $audit->info('report.duplicate');
                    return 409;
                }

                if ($verdict->verdict === 'ban') {
                    $this->profiles->ban($verdict->profileId, $verdict->reason);
                }
                $audit->info('report.resolved', ['verdict' => $verdict->verdict]);

                return 204;
            } finally {
                $audit->popContext();
            }
        }
    }
}

namespace {
    use App\Reports\ProfileStatusGateway;
    use App\Reports\VerdictController;

    $controller = new VerdictController(new ProfileStatusGateway());

    $handler = static function () use ($controller): void {
        http_response_code($controller($_POST, $_SERVER));
    };

    $maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
    for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
        $keepRunning = \frankenphp_handle_request($handler);
        gc_collect_cycles();
        if (!$keepRunning) {
            break;
        }
    }
}
