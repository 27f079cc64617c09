<?php

namespace App\Signing;

use Evenement\EventEmitter;

final class SigningSession
{
    /** @var list<string> */
    private array $auditTrail = [];

    private bool $completed = false;

    public function __construct(
        public readonly Envelope $envelope,
        public readonly string $signerEmail,
        private EventEmitter $events,
    ) {
        $this->events->on('field.signed', $this->auditListener('field.signed')); // leak
        $this->events->on('envelope.completed', $this->auditListener('envelope.completed')); // leak
    }

    public function events(): EventEmitter
    {
        return $this->events;
    }

    public function sign(string $fieldId, string $signatureImage, int $at): void
    {
        unset($this->envelope->pendingFields[$fieldId]);
        $this->events->emit('field.signed', [$fieldId, hash('sha256', $signatureImage), $at]);

        if ($this->envelope->pendingFields === []) {
            $this->completed = true;
            $this->events->emit('envelope.completed', [$this->envelope->id, $this->envelope->documentHash, $at]);
        }
    }

    public function isCompleted(): bool
    {
        return $this->completed;
    }

    public function auditTrail(): array
    {
        return $this->auditTrail;
    }

    private function auditListener(string $event): \Closure
    {
        return function (string $subject, string $digest, int $at) use ($event): void { // leak
            $this->auditTrail[] = sprintf('%s %s by %s digest=%s at=%d',
                $event, $subject, $this->signerEmail, $digest, $at);
        };
    }
}
