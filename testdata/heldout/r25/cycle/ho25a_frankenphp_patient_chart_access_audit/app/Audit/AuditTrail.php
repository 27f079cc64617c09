<?php

declare(strict_types=1);

namespace App\Audit;

use App\Records\RecordAccessSession;

class AuditTrail
{
    /** @var list<array<string, int|string>> */
    private array $entries = [];

    public function __construct(
        private readonly RecordAccessSession $session, // leak
        private readonly \Closure $clock,
    ) {
    }

    public function record(string $action, string $section, int $itemCount): void
    {
        $this->entries[] = [
            'ts' => ($this->clock)(),
            'access' => $this->session->accessId,
            'actor' => $this->session->clinicianId,
            'role' => $this->session->role,
            'patient' => $this->session->patientId,
            'purpose' => $this->session->purpose,
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
            $entry['ip'] = $this->session->clientIp;
            $entry['break_glass'] = $this->session->isBreakGlass() ? 1 : 0;
            $lines[] = json_encode($entry, JSON_UNESCAPED_SLASHES);
        }

        return $lines;
    }
}
