<?php

declare(strict_types=1);

namespace {
    /**
     * Stand-in for the FrankenPHP SAPI function: fills the superglobals for the
     * next queued request and runs the handler; false once the worker should stop.
     */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $i = ++$served;
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/mod/queue/' . (120_000 + $i) . '/review';
        $_SERVER['REMOTE_ADDR'] = '10.0.' . ($i % 8) . '.' . ($i % 250);
        $_SERVER['REQUEST_TIME'] = 1_700_000_000 + $i * 11;
        $_POST = [
            'content_id' => (string) (120_000 + $i),
            'moderator' => ['mod.ana', 'mod.kofi', 'mod.lin', 'automod'][$i % 4],
            'action' => ['approve', 'approve', 'remove', 'approve', 'escalate', 'approve'][$i % 6],
            'note' => "Reviewed thread {$i}: reporter claims impersonation of a verified account; checked profile history and linked posts before deciding.",
            'excerpt' => str_repeat("original post text #{$i} quoting the disputed giveaway announcement ", 16),
            'trust' => ($i * 37) % 100,
        ];
        $handler();
        return true;
    }
}

namespace App\Moderation {

    final class AuditFrame
    {
        public function __construct(
            public readonly string $moderator,
            public readonly string $action,
            public readonly string $contentId,
            public readonly string $note,
            public readonly string $excerpt,
            public readonly string $ip,
            public readonly \DateTimeImmutable $at,
        ) {
        }
    }

    /** Who is acting, on what, for log processors and the audit trail writer. */
    final class AuditContext
    {
        /** @var list<AuditFrame> */
        private array $frames = [];

        public function enter(AuditFrame $frame): void
        {
            $this->frames[] = $frame; // leak
        }

        public function leave(): ?AuditFrame
        {
            return array_pop($this->frames);
        }

        public function current(): ?AuditFrame
        {
            return $this->frames === [] ? null : $this->frames[array_key_last($this->frames)];
        }
    }

    final class Audit
    {
        private static ?AuditContext $context = null;

        public static function context(): AuditContext
        {
            return self::$context ??= new AuditContext();
        }
    }

    final class Decision
    {
        public function __construct(public readonly string $outcome, public readonly string $reason)
        {
        }

        public function isAutoApproved(): bool
        {
            return $this->outcome === 'auto_approved';
        }
    }

    final class ReviewPolicy
    {
        public function __construct(private int $autoApproveTrust)
        {
        }

        public function evaluate(string $action, int $trust): Decision
        {
            if ($action === 'approve' && $trust >= $this->autoApproveTrust) {
                return new Decision('auto_approved', 'trusted author, moderator concurs');
            }
            return new Decision($action === 'approve' ? 'approved' : $action, 'manual review');
        }
    }

    final class AuditTrail
    {
        private int $written = 0;
        private string $last = '';

        public function write(Decision $decision): void
        {
            $frame = Audit::context()->current();
            $this->last = sprintf('%s %s %s by %s: %s', $frame?->at->format('c'), $frame?->contentId, $decision->outcome, $frame?->moderator, $decision->reason);
            $this->written++;
        }
    }

    final class ReviewController
    {
        public function __construct(private ReviewPolicy $policy, private AuditTrail $trail)
        {
        }

        public function __invoke(array $server, array $post): array
        {
            Audit::context()->enter(new AuditFrame(
                $post['moderator'],
                $post['action'],
                $post['content_id'],
                $post['note'],
                $post['excerpt'],
                $server['REMOTE_ADDR'],
                new \DateTimeImmutable('@' . $server['REQUEST_TIME']),
            ));

            $decision = $this->policy->evaluate($post['action'], (int) $post['trust']);
            if ($decision->isAutoApproved()) {
                return ['status' => 204, 'body' => ''];
            }

            $this->trail->write($decision);
            Audit::context()->leave();

            return ['status' => 200, 'body' => json_encode(['outcome' => $decision->outcome])];
        }
    }
}

namespace {

    use App\Moderation\AuditTrail;
    use App\Moderation\ReviewController;
    use App\Moderation\ReviewPolicy;

    $controller = new ReviewController(new ReviewPolicy(30), new AuditTrail());

    $handler = static function () use ($controller): void {
        $response = $controller($_SERVER, $_POST);
        http_response_code($response['status']);
    };

    $maxRequests = 10_000;
    for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
        $keepRunning = \frankenphp_handle_request($handler);
        gc_collect_cycles();
        if (!$keepRunning) {
            break;
        }
    }
}
