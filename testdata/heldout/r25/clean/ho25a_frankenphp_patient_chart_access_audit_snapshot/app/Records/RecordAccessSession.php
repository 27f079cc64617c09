<?php

declare(strict_types=1);

namespace App\Records;

use App\Audit\AuditTrail;
use App\Audit\AuditTrailFactory;

/**
 * Who is looking at which chart, and why. Every access to protected health
 * information goes through a session so it can be audited.
 */
final class RecordAccessSession
{
    private readonly AuditTrail $audit;

    public function __construct(
        public readonly string $accessId,
        public readonly string $clinicianId,
        public readonly string $role,
        public readonly string $patientId,
        public readonly string $purpose,
        public readonly string $clientIp,
        public readonly int $startedAt,
        AuditTrailFactory $audits,
    ) {
        $this->audit = $audits->begin($this);
    }

    public function audit(): AuditTrail
    {
        return $this->audit;
    }

    public function isBreakGlass(): bool
    {
        return $this->purpose === 'emergency';
    }
}
