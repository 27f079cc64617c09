<?php

// Permit and licence renewals consumed from a Symfony Messenger transport
// (messenger:consume renewals). Every step of a renewal is audited inside a
// context frame so that log lines carry the case reference and officer.

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

final class InMemoryReceiver
{
    private int $delivered = 0;

    public function __construct(private int $limit, private Closure $factory)
    {
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        if ($this->delivered >= $this->limit) {
            return [];
        }
        return [new Envelope(($this->factory)($this->delivered++))];
    }

    public function ack(Envelope $envelope): void
    {
    }
}

final class MessengerWorker
{
    private bool $shouldStop = false;

    public function __construct(private InMemoryReceiver $receiver, private array $handlers)
    {
    }

    public function run(): void
    {
        while (!$this->shouldStop) {
            $envelopes = $this->receiver->get();
            if ($envelopes === []) {
                $this->shouldStop = true;
                continue;
            }
            foreach ($envelopes as $envelope) {
                ($this->handlers[$envelope->message::class])($envelope->message);
                $this->receiver->ack($envelope);
            }
        }
    }
}

final class RenewPermit
{
    public function __construct(
        public readonly string $permitNumber,
        public readonly string $permitType,
        public readonly string $holderName,
        public readonly string $premisesAddress,
        public readonly string $insurancePolicy,
        public readonly string $insuranceExpires,
        public readonly array $documents,
        public readonly string $declaration,
        public readonly string $submittedAt,
    ) {
    }
}

final class AuditFrame
{
    public function __construct(
        public readonly string $caseRef,
        public readonly string $action,
        public readonly string $officer,
        public readonly array $subject,
        public readonly float $openedAt,
    ) {
    }
}

final class AuditContext
{
    /** @var list<AuditFrame> */
    private array $frames = [];
    private int $written = 0;

    public function enter(AuditFrame $frame): void
    {
        $this->frames[] = $frame; // leak
    }

    public function leave(): void
    {
        array_pop($this->frames);
    }

    public function current(): ?AuditFrame
    {
        return $this->frames[array_key_last($this->frames) ?? -1] ?? null;
    }

    public function log(string $message): void
    {
        $frame = $this->current();
        // in production this goes to the audit channel with $frame->caseRef and $frame->officer
        $this->written++;
    }
}

final class RenewalDecisionMailer
{
    private int $sent = 0;

    public function rejected(RenewPermit $m, string $reason): void
    {
        $this->sent++;
    }

    public function renewed(RenewPermit $m, string $newExpiry): void
    {
        $this->sent++;
    }
}

final class RenewPermitHandler
{
    private const REQUIRED_DOCUMENTS = [
        'street-trading' => ['public-liability', 'photo-id'],
        'premises-licence' => ['public-liability', 'fire-risk-assessment', 'plan'],
        'taxi-driver' => ['dbs-check', 'medical', 'photo-id'],
    ];

    public function __construct(
        private AuditContext $audit,
        private RenewalDecisionMailer $mailer,
        private DateTimeImmutable $today,
    ) {
    }

    public function __invoke(RenewPermit $message): void
    {
        $this->audit->enter(new AuditFrame(
            'REN/' . $message->permitNumber,
            'renewal.' . $message->permitType,
            'system:renewals-worker',
            [
                'holder' => $message->holderName,
                'premises' => $message->premisesAddress,
                'policy' => $message->insurancePolicy,
                'documents' => $message->documents,
                'declaration' => $message->declaration,
                'submitted' => $message->submittedAt,
            ],
            microtime(true),
        ));

        $missing = array_diff(self::REQUIRED_DOCUMENTS[$message->permitType] ?? [], array_keys($message->documents));
        if ($missing !== []) {
            $this->audit->log('missing documents: ' . implode(', ', $missing));
            $this->mailer->rejected($message, 'Missing documents');
            return;
        }

        if (new DateTimeImmutable($message->insuranceExpires) < $this->today) {
            $this->audit->log('insurance lapsed on ' . $message->insuranceExpires);
            $this->mailer->rejected($message, 'Public liability insurance has lapsed');
            $this->audit->leave();
            return;
        }

        $newExpiry = $this->today->modify('+1 year')->format('Y-m-d');
        $this->audit->log('renewed until ' . $newExpiry);
        $this->mailer->renewed($message, $newExpiry);
        $this->audit->leave();
    }
}

$audit = new AuditContext();
$handler = new RenewPermitHandler($audit, new RenewalDecisionMailer(), new DateTimeImmutable('2026-02-01'));

$types = ['street-trading', 'premises-licence', 'taxi-driver'];
$receiver = new InMemoryReceiver((int) (getenv('PHPLEAK_N') ?: 100), static function (int $i) use ($types): RenewPermit {
    $type = $types[$i % 3];
    $documents = [
        'public-liability' => 'sha256:' . hash('sha256', "pl-$i"),
        'photo-id' => 'sha256:' . hash('sha256', "id-$i"),
    ];
    if ($type === 'premises-licence') {
        $documents['fire-risk-assessment'] = 'sha256:' . hash('sha256', "fra-$i");
        if ($i % 4 === 0) {
            $documents['plan'] = 'sha256:' . hash('sha256', "plan-$i");
        }
    }
    if ($type === 'taxi-driver') {
        $documents['dbs-check'] = 'sha256:' . hash('sha256', "dbs-$i");
        if ($i % 2 === 0) {
            $documents['medical'] = 'sha256:' . hash('sha256', "med-$i");
        }
    }

    return new RenewPermit(
        sprintf('%s-%05d', strtoupper(substr($type, 0, 3)), 10000 + $i),
        $type,
        'Holder ' . $i,
        ($i % 300) . ' Market Street, Unit ' . ($i % 12),
        'PL' . (900000 + $i),
        $i % 5 === 0 ? '2025-12-31' : '2026-11-30',
        $documents,
        sprintf('I, Holder %d, declare that the information given is true and that there has been no change to the '
            . 'premises, trading pitch or vehicle since licence %d was granted, other than: %s.', $i, 10000 + $i, $i % 7 ? 'none' : 'new extractor fan'),
        date(DATE_ATOM, 1769900000 + 60 * $i),
    );
});

(new MessengerWorker($receiver, [RenewPermit::class => $handler]))->run();
