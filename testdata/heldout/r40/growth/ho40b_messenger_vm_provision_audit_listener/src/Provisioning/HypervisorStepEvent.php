<?php

namespace CloudPanel\Provisioning;

final class HypervisorStepEvent
{
    public function __construct(
        public readonly string $vmUuid,
        public readonly string $step,
        public readonly string $node,
        public readonly float $tookMs,
    ) {
    }
}
