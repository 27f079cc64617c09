<?php

namespace App\Logging;

use App\Jobs\ProcessFirstNoticeOfLoss;

/** Writes audit records to the compliance stream, tagged with the active claim. */
final class ClaimAuditLogger
{
    /** @var resource */
    private $stream;

    public function __construct(string $target = 'php://memory')
    {
        $this->stream = fopen($target, 'w');
    }

    public function info(string $event, array $extra = []): void
    {
        $this->write('INFO', $event, $extra);
    }

    public function warning(string $event, array $extra = []): void
    {
        $this->write('WARNING', $event, $extra);
    }

    private function write(string $level, string $event, array $extra): void
    {
        $context = ProcessFirstNoticeOfLoss::currentAuditContext();
        $line = json_encode(['level' => $level, 'event' => $event, 'claim' => $context['claim_number'] ?? null, 'policy' => $context['policy_number'] ?? null] + $extra);
        ftruncate($this->stream, 0);
        fwrite($this->stream, $line . "\n");
    }
}
