<?php

namespace CloudPanel\Provisioning;

/**
 * Collects the hypervisor steps of one provisioning run and writes them to
 * the audit log once the run has finished.
 */
final class AuditTrail
{
    /** @var array<string, list<string>> */
    private array $pending = [];

    private int $written = 0;

    public function recorderFor(ProvisionVm $message): \Closure
    {
        $context = sprintf(
            'tenant=%d host=%s region=%s plan=%s image=%s key=%s',
            $message->tenantId,
            $message->hostname,
            $message->region,
            $message->plan,
            $message->image,
            substr($message->sshPublicKey, 0, 48),
        );

        return function (HypervisorStepEvent $event) use ($message, $context): void {
            $this->pending[$message->vmUuid][] = sprintf(
                '%s %s on %s (%.1f ms) %s',
                $message->requestedAt->format(DATE_ATOM),
                $event->step,
                $event->node,
                $event->tookMs,
                $context,
            );
        };
    }

    public function flush(string $vmUuid): void
    {
        $this->written += count($this->pending[$vmUuid] ?? []);
        unset($this->pending[$vmUuid]);
    }

    public function discard(string $vmUuid): void
    {
        unset($this->pending[$vmUuid]);
    }
}
