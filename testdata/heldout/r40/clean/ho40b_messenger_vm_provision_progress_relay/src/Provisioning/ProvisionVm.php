<?php

namespace CloudPanel\Provisioning;

final class ProvisionVm
{
    public function __construct(
        public readonly string $vmUuid,
        public readonly int $tenantId,
        public readonly string $hostname,
        public readonly string $region,
        public readonly string $plan,
        public readonly string $image,
        public readonly string $sshPublicKey,
        public readonly \DateTimeImmutable $requestedAt,
    ) {
    }
}
