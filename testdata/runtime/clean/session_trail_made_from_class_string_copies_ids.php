<?php
// Every chart access opens a session, and the session asks a factory for
// its audit trail. The factory makes the trail from a class name it was
// configured with (a property promoted from a class-string<AuditTrail>
// parameter). The trail copies the ids it needs from the session and
// keeps no link to it: the session holds the trail, nothing holds the
// session, and both go when the access ends.

class AuditTrail
{
    /** @var list<string> */
    private array $entries = [];

    private readonly string $clinicianId;

    public function __construct(AccessSession $session, private readonly Closure $clock)
    {
        $this->clinicianId = $session->clinicianId;
    }

    public function record(string $action): void
    {
        $this->entries[] = ($this->clock)() . ' ' . $this->clinicianId . ' ' . $action;
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
        $this->audit = $audits->begin($this);
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
