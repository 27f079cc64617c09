<?php

use App\Approval\ChangeOrderApprovalFactory;
use App\Message\ApproveChangeOrder;
use App\MessageHandler\ApproveChangeOrderHandler;
use App\Repository\ChangeOrderLog;

/** Hand-wired equivalent of the compiled container for the consumer. */
return static function (array $parameters): array {
    $log = new ChangeOrderLog();
    $factory = new ChangeOrderApprovalFactory(
        contingencyCents: $parameters['contingency_cents'],
        maxScheduleImpactDays: $parameters['max_schedule_impact_days'],
    );

    return [
        ApproveChangeOrder::class => [new ApproveChangeOrderHandler($factory, $log)],
    ];
};
