<?php

declare(strict_types=1);

namespace App\Audit;

use App\Records\RecordAccessSession;

class AuditTrail
{
    /** @var list<array<string, int|string>> */
    private array $entries = [];

    /** @var array{access: string, actor: string, role: string, patient: string, purpose: string} */
    private readonly array $subject;
    private readonly string $clientIp;
    private readonly bool $breakGlass;

    public function __construct(
        RecordAccessSession $session,
        private readonly \Closure $clock,
    ) {
        // The trail outlives nothing, but it must not keep the session
        // alive either: take the identifying values, not the object.
        $this->subject = [
            'access' => $session->accessId,
            'actor' => $session->clinicianId,
            'role' => $session->role,
            'patient' => $session->patientId,
            'purpose' => $session->purpose,
        ];
        $this->clientIp = $session->clientIp;
        $this->breakGlass = $session->isBreakGlass();
    }

    public function record(string $action, string $section, int $itemCount): void
    {
        $this->entries[] = ['ts' => ($this->clock)()] + $this->subject + [
            'action' => $action,
            'section' => $section,
            'items' => $itemCount,
        ];
    }

    /** @return list<string> JSON lines, ready for the audit log */
    public function close(): array
    {
        $lines = [];
        foreach ($this->entries as $entry) {
            $entry['ip'] = $this->clientIp;
            $entry['break_glass'] = $this->breakGlass ? 1 : 0;
            $lines[] = json_encode($entry, JSON_UNESCAPED_SLASHES);
        }

        return $lines;
    }
}
