<?php

namespace CloudPanel\Hypervisor;

/**
 * Talks to the libvirt agent on a compute node; here it only picks a node
 * and pretends the calls succeed.
 */
final class FakeHypervisorClient
{
    /** @param array<string, list<string>> $nodesByRegion */
    public function __construct(private array $nodesByRegion)
    {
    }

    public function pickNode(string $region, string $plan): string
    {
        $nodes = $this->nodesByRegion[$region] ?? [];
        if ($nodes === []) {
            throw new HypervisorException("No compute nodes in $region");
        }
        if ($plan === 'gpu-a100' && $region !== 'fra-1') {
            throw new HypervisorException("No GPU capacity in $region");
        }

        return $nodes[crc32($plan) % count($nodes)];
    }

    public function createVolume(string $node, string $vmUuid, string $image): float
    {
        return 12.5 + strlen($image) / 10;
    }

    public function defineDomain(string $node, string $vmUuid, string $plan): float
    {
        return 3.25;
    }

    public function injectCloudInit(string $node, string $vmUuid, string $hostname, string $key): float
    {
        return 1.0 + strlen($key) / 1000;
    }

    public function start(string $node, string $vmUuid): float
    {
        return 41.0;
    }
}
