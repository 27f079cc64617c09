<?php

namespace App\Fines;

use App\Message\AccrueOverdueFine;

final class AccrueOverdueFineHandler
{
    public function __construct(private FinePolicy $policy, private FineRowBuffer $buffer)
    {
    }

    public function __invoke(AccrueOverdueFine $message): void
    {
        $amount = $this->policy->amountFor($message->materialType, $message->daysOverdue);
        $this->buffer->add(new FineRow(
            $message->loanId,
            $message->patronId,
            $amount,
            sprintf('Overdue %s "%s" – %d day(s) late', $message->materialType, $message->itemBarcode, $message->daysOverdue),
            [
                'barcode' => $message->itemBarcode,
                'days' => $message->daysOverdue,
                'policy' => 'overdue-' . $message->materialType,
                'notice' => str_pad("Fine of {$amount} cents added to account {$message->patronId} for loan {$message->loanId}.", 640, ' .'),
            ],
        ));
    }
}
