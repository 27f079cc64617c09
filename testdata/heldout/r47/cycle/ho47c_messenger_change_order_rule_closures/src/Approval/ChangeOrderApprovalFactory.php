<?php

namespace App\Approval;

use App\Message\ApproveChangeOrder;

final class ChangeOrderApprovalFactory
{
    public function __construct(private int $contingencyCents, private int $maxScheduleImpactDays)
    {
    }

    public function create(ApproveChangeOrder $order): ChangeOrderApproval
    {
        return new ChangeOrderApproval($order, $this->contingencyCents, $this->maxScheduleImpactDays);
    }
}
