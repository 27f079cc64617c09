<?php

namespace CloudPanel\Provisioning;

use CloudPanel\Hypervisor\FakeHypervisorClient;
use CloudPanel\Hypervisor\HypervisorException;
use CloudPanel\Panel;

final class ProvisionVmHandler
{
    public function __construct(
        private FakeHypervisorClient $hypervisor,
        private AuditTrail $auditTrail,
    ) {
    }

    public function __invoke(ProvisionVm $message): void
    {
        $channel = ProvisioningEvents::stepChannel($message->vmUuid);
        $recorder = $this->auditTrail->recorderFor($message);
        $events = Panel::events();
        $events->addListener($channel, $recorder); // leak

        try {
            $node = $this->hypervisor->pickNode($message->region, $message->plan);
            $this->step($channel, $message, $node, 'volume', $this->hypervisor->createVolume($node, $message->vmUuid, $message->image));
            $this->step($channel, $message, $node, 'domain', $this->hypervisor->defineDomain($node, $message->vmUuid, $message->plan));
            $this->step($channel, $message, $node, 'cloud-init', $this->hypervisor->injectCloudInit($node, $message->vmUuid, $message->hostname, $message->sshPublicKey));
            $this->step($channel, $message, $node, 'boot', $this->hypervisor->start($node, $message->vmUuid));
        } catch (HypervisorException $e) {
            $events->removeListener($channel, $recorder);
            $this->auditTrail->discard($message->vmUuid);

            throw $e;
        }

        $this->auditTrail->flush($message->vmUuid);
    }

    private function step(string $channel, ProvisionVm $message, string $node, string $step, float $tookMs): void
    {
        Panel::events()->dispatch(new HypervisorStepEvent($message->vmUuid, $step, $node, $tookMs), $channel);
    }
}
