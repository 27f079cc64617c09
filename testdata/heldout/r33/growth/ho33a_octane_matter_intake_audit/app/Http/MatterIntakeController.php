<?php

namespace App\Http;

use App\Facades\Audit;
use App\Intake\IntakeRequest;
use App\Intake\MatterNumberAllocator;

final class MatterIntakeController
{
    private const MATTER_TYPES = ['litigation', 'transactional', 'regulatory', 'employment'];

    public function __construct(private MatterNumberAllocator $numbers)
    {
    }

    public function store(array $payload): array
    {
        $intake = IntakeRequest::fromPayload($payload);

        if (!in_array($intake->matterType, self::MATTER_TYPES, true)) {
            return ['status' => 422, 'error' => 'unknown matter type'];
        }

        $matterNumber = $this->numbers->next($intake->practiceGroup, $intake->receivedAt);

        Audit::record('matter.opened', $this->auditContext($matterNumber, $intake)); // leak

        return ['status' => 201, 'matter' => $matterNumber];
    }

    private function auditContext(string $matterNumber, IntakeRequest $intake): array
    {
        return [
            'matter' => $matterNumber,
            'client' => $intake->clientName,
            'type' => $intake->matterType,
            'group' => $intake->practiceGroup,
            'referred_by' => $intake->referredBy,
            'summary' => $intake->summary,
        ];
    }
}
