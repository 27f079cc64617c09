<?php

namespace App\Approval;

use App\Message\ApproveChangeOrder;

/**
 * One approval run for a change order. Project-specific rules can be passed
 * in; the default rules (budget, schedule, paperwork) are merged in by the
 * constructor. Rules are static callables that receive the approval, so the
 * rule table never holds the approval it belongs to.
 */
final class ChangeOrderApproval
{
    /** @var array<string, \Closure(self): bool> */
    private array $rules = [];

    /** @var list<string> */
    private array $failures = [];

    public function __construct(
        public readonly ApproveChangeOrder $order,
        private int $contingencyCents,
        private int $maxScheduleImpactDays,
        array $extraRules = [],
    ) {
        $this->rules = array_merge(self::defaultRules(), $extraRules);
    }

    /** @return array<string, \Closure(self): bool> */
    private static function defaultRules(): array
    {
        return [
            'budget' => self::withinContingency(...),
            'schedule' => static fn (self $a): bool => $a->order->scheduleImpactDays <= $a->maxScheduleImpactDays,
            'paperwork' => static fn (self $a): bool => strlen($a->order->justification) >= 40,
        ];
    }

    private static function withinContingency(self $approval): bool
    {
        return $approval->order->valueCents <= $approval->contingencyCents;
    }

    public function evaluate(): bool
    {
        foreach ($this->rules as $name => $rule) {
            if (!$rule($this)) {
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
