<?php
// Every chart access opens a session, and the session asks a factory for
// its audit trail. The factory makes the trail from a class name it was
// configured with (a property promoted from a class-string<AuditTrail>
// parameter), and the trail keeps the session it audits: session and
// trail reference each other, a cycle per access that only the cycle
// collector frees.

class AuditTrail
{
    /** @var list<string> */
    private array $entries = [];

    public function __construct(private readonly AccessSession $session, private readonly Closure $clock) // leak
    {
    }

    public function record(string $action): void
    {
        $this->entries[] = ($this->clock)() . ' ' . $this->session->clinicianId . ' ' . $action;
    }
}

final class AuditTrailFactory
{
    /** @param class-string<AuditTrail> $trailClass */
    public function __construct(private readonly string $trailClass, private readonly Closure $clock)
    {
    }

    public function begin(AccessSession $session): AuditTrail
    {
        return new $this->trailClass($session, $this->clock);
    }
}

final class AccessSession
{
    private readonly AuditTrail $audit;

    public function __construct(public readonly string $clinicianId, public readonly string $patientId, AuditTrailFactory $audits)
    {
        $this->audit = $audits->begin($this); // leak
    }

    public function open(string $section): void
    {
        $this->audit->record('open ' . $section . ' of ' . $this->patientId);
    }
}

$audits = new AuditTrailFactory(AuditTrail::class, static fn (): int => 1_700_000_000);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $session = new AccessSession(sprintf('cl-%04d', $i % 50), sprintf('pat-%06d', 100000 + $i), $audits);
    $session->open(str_repeat('medications ', 4));
    unset($session);
}
