<?php

declare(strict_types=1);

namespace App\Audit;

use App\Records\RecordAccessSession;

final class AuditTrailFactory
{
    /** @param class-string<AuditTrail> $trailClass */
    public function __construct(
        private readonly string $trailClass,
        private readonly \Closure $clock,
    ) {
    }

    public function begin(RecordAccessSession $session): AuditTrail
    {
        return new $this->trailClass($session, $this->clock);
    }
}
