<?php

namespace App\MessageHandler;

use App\Approval\ChangeOrderApprovalFactory;
use App\Message\ApproveChangeOrder;
use App\Repository\ChangeOrderLog;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'change_orders')]
final class ApproveChangeOrderHandler
{
    public function __construct(private ChangeOrderApprovalFactory $approvals, private ChangeOrderLog $log)
    {
    }

    public function __invoke(ApproveChangeOrder $message): void
    {
        $approval = $this->approvals->create($message);
        $approved = $approval->evaluate();
        $this->log->record($message->changeOrderNo, $approved, $message->valueCents, $approval->failures());
    }
}
