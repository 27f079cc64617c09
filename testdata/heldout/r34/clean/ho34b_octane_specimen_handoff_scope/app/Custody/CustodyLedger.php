<?php

declare(strict_types=1);

namespace App\Custody;

/**
 * The chain-of-custody scope of the handoff being processed. Nested scopes
 * happen when a handoff splits a specimen into aliquots.
 */
final class CustodyLedger
{
    /** @var list<array{context: HandoffContext, events: list<string>}> */
    private array $frames = [];

    public function __construct(private readonly string $facilityCode)
    {
    }

    public function begin(HandoffContext $context): void
    {
        $this->frames[] = ['context' => $context, 'events' => ["{$this->facilityCode} OPEN {$context->barcode} {$context->fromLocation} -> {$context->toLocation}"]];
    }

    public function record(string $event): void
    {
        $top = array_key_last($this->frames);
        if ($top !== null) {
            $this->frames[$top]['events'][] = $event;
        }
    }

    public function current(): ?HandoffContext
    {
        $top = array_key_last($this->frames);
        return $top === null ? null : $this->frames[$top]['context'];
    }

    /** @return list<string> the events of the closed scope */
    public function end(): array
    {
        $frame = array_pop($this->frames);
        return $frame['events'] ?? [];
    }
}
