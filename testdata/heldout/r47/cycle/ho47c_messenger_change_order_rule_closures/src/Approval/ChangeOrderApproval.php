<?php

namespace App\Approval;

use App\Message\ApproveChangeOrder;

/**
 * One approval run for a change order. Project-specific rules can be passed
 * in; the default rules (budget, schedule, paperwork) are merged in by the
 * constructor.
 */
final class ChangeOrderApproval
{
    /** @var array<string, \Closure(): bool> */
    private array $rules = [];

    /** @var list<string> */
    private array $failures = [];

    public function __construct(
        public readonly ApproveChangeOrder $order,
        private int $contingencyCents,
        private int $maxScheduleImpactDays,
        array $extraRules = [],
    ) {
        $this->rules = array_merge($this->defaultRules(), $extraRules); // leak
    }

    /** @return array<string, \Closure(): bool> */
    private function defaultRules(): array
    {
        return [
            'budget' => $this->withinContingency(...), // leak
            'schedule' => fn (): bool => $this->order->scheduleImpactDays <= $this->maxScheduleImpactDays, // leak
            'paperwork' => fn (): bool => strlen($this->order->justification) >= 40, // leak
        ];
    }

    private function withinContingency(): bool
    {
        return $this->order->valueCents <= $this->contingencyCents;
    }

    public function evaluate(): bool
    {
        foreach ($this->rules as $name => $rule) {
            if (!$rule()) {
                $this->failures[] = $name;
            }
        }
        return $this->failures === [];
    }

    /** @return list<string> */
    public function failures(): array
    {
        return $this->failures;
    }
}
