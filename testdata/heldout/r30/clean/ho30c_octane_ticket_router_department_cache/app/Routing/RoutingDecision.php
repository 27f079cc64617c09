<?php

namespace App\Routing;

final class RoutingDecision
{
    public function __construct(
        public readonly string $queue,
        public readonly string $agentGroup,
        public readonly int $slaMinutes,
        public readonly array $matchedRules,
        public readonly string $explanation,
    ) {
    }
}
