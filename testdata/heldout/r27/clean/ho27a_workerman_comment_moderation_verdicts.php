<?php

declare(strict_types=1);

/*
 * Comment moderation gateway on Workerman: the site's comment widget sends
 * each new comment over a websocket, the pipeline scores it and answers
 * with a verdict. Audit entries and rule diagnostics read the comment being
 * moderated from a scope stack, so nested rules (link checker calling the
 * URL reputation rule) report against the right submission.
 */

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $id;
        private static int $nextId = 1;

        public function __construct(public string $remoteAddress)
        {
            $this->id = self::$nextId++;
        }

        public function send(string $payload): bool
        {
            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        public int $count = 1;
        public string $name = 'none';
        /** @var null|callable(TcpConnection, string): void */
        public $onMessage = null;

        private static array $workers = [];

        public function __construct(public string $socketName)
        {
            self::$workers[] = $this;
        }

        /** Stand-in for the event loop: delivers PHPLEAK_N frames. */
        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $connection = new TcpConnection('10.0.4.17:51522');
            foreach (self::$workers as $worker) {
                for ($i = 0; $i < $n; $i++) {
                    ($worker->onMessage)($connection, json_encode([
                        'comment_id' => 3300000 + $i,
                        'thread' => 'video-' . (8800 + $i % 40),
                        'author' => ['id' => 120000 + ($i * 37) % 5000, 'karma' => ($i * 29) % 300],
                        'body' => str_repeat(sprintf('Great episode, loved segment %d. ', $i), 26)
                            . ($i % 11 === 0 ? ' buy followers at http://spam.example/x' . $i : ''),
                        'ip' => '203.0.113.' . ($i % 250),
                    ]));
                }
            }
        }
    }
}

namespace App\Moderation {
    final class Submission
    {
        public function __construct(
            public readonly int $commentId,
            public readonly string $thread,
            public readonly int $authorId,
            public readonly int $authorKarma,
            public readonly string $body,
            public readonly string $ip,
        ) {
        }

        public static function fromFrame(string $frame): self
        {
            $d = json_decode($frame, true, 16, JSON_THROW_ON_ERROR);

            return new self($d['comment_id'], $d['thread'], $d['author']['id'], $d['author']['karma'], $d['body'], $d['ip']);
        }
    }

    final class ScopeFrame
    {
        public array $notes = [];

        public function __construct(public readonly Submission $submission, public readonly float $openedAt)
        {
        }

        public function note(string $note): void
        {
            $this->notes[] = $note;
        }
    }

    final class ModerationScope
    {
        /** @var list<ScopeFrame> */
        private static array $frames = [];

        public static function open(Submission $submission): ScopeFrame
        {
            return self::$frames[] = new ScopeFrame($submission, microtime(true));
        }

        public static function close(): void
        {
            array_pop(self::$frames);
        }

        public static function current(): ?ScopeFrame
        {
            return self::$frames === [] ? null : self::$frames[array_key_last(self::$frames)];
        }
    }

    final class Verdict
    {
        private function __construct(public readonly string $decision, public readonly string $reason)
        {
        }

        public static function approve(string $reason): self
        {
            return new self('approve', $reason);
        }

        public static function hold(string $reason): self
        {
            return new self('hold', $reason);
        }
    }

    interface Rule
    {
        public function check(Submission $submission): ?string;
    }

    final class LinkRule implements Rule
    {
        public function check(Submission $submission): ?string
        {
            if (preg_match_all('#https?://[^\s]+#', $submission->body, $m) > 0) {
                ModerationScope::current()?->note('links:' . count($m[0]));

                return 'contains-links';
            }

            return null;
        }
    }

    final class ShoutingRule implements Rule
    {
        public function check(Submission $submission): ?string
        {
            $letters = preg_replace('/[^a-z]/i', '', $submission->body);

            return $letters !== '' && strtoupper($letters) === $letters ? 'all-caps' : null;
        }
    }

    final class AuditLog
    {
        /** @var array<string, int> */
        private array $counters = [];

        public function record(string $decision): void
        {
            $frame = ModerationScope::current();
            $key = $decision . ($frame !== null && $frame->notes !== [] ? '+notes' : '');
            $this->counters[$key] = ($this->counters[$key] ?? 0) + 1;
        }
    }

    final class ModerationPipeline
    {
        /** @param list<Rule> $rules */
        public function __construct(
            private array $rules,
            private AuditLog $audit,
            private int $trustedKarma,
        ) {
        }

        public function moderate(Submission $submission): Verdict
        {
            ModerationScope::open($submission);
            try {
                if ($submission->authorKarma >= $this->trustedKarma) {
                    $this->audit->record('approve');

                    return Verdict::approve('trusted-author');
                }

                foreach ($this->rules as $rule) {
                    if (($reason = $rule->check($submission)) !== null) {
                        $this->audit->record('hold');

                        return Verdict::hold($reason);
                    }
                }

                $this->audit->record('approve');

                return Verdict::approve('no-rule-matched');
            } finally {
                ModerationScope::close();
            }
        }
    }
}

namespace {
    use App\Moderation\AuditLog;
    use App\Moderation\LinkRule;
    use App\Moderation\ModerationPipeline;
    use App\Moderation\ShoutingRule;
    use App\Moderation\Submission;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $pipeline = new ModerationPipeline([new LinkRule(), new ShoutingRule()], new AuditLog(), trustedKarma: 100);

    $worker = new Worker('websocket://0.0.0.0:8282');
    $worker->name = 'comment-moderation';
    $worker->onMessage = static function (TcpConnection $connection, string $frame) use ($pipeline): void {
        $submission = Submission::fromFrame($frame);
        $verdict = $pipeline->moderate($submission);
        $connection->send(json_encode([
            'comment_id' => $submission->commentId,
            'decision' => $verdict->decision,
            'reason' => $verdict->reason,
        ]));
    };

    Worker::runAll();
}
