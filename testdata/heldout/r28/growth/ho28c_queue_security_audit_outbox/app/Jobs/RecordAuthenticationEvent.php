<?php

namespace App\Jobs;

use App\Audit\AuditEntry;
use App\Audit\AuditPipeline;

final class RecordAuthenticationEvent
{
    private const SEVERITY = [
        'login.succeeded' => 1,
        'logout' => 1,
        'token.refreshed' => 1,
        'login.failed' => 2,
        'password.changed' => 3,
        'mfa.disabled' => 4,
    ];

    public function __construct(private array $payload)
    {
    }

    public function handle(AuditPipeline $pipeline): void
    {
        $pipeline->push($this->toEntry());
    }

    private function toEntry(): AuditEntry
    {
        $event = $this->payload['event'];

        return new AuditEntry(
            $this->payload['uuid'],
            $event,
            self::SEVERITY[$event] ?? 2,
            $this->payload['user_id'] ?? null,
            $this->payload['ip'],
            $this->payload['user_agent'],
            new \DateTimeImmutable('@' . $this->payload['timestamp']),
            ['guard' => $this->payload['guard'], 'session' => $this->payload['session_id'], 'via' => 'queue'],
        );
    }
}
