<?php

namespace App\MessageHandler;

use App\Billing\BillCalculator;
use App\Message\GenerateBill;
use App\Repository\MeterReadingRepository;
use Psr\Log\LoggerInterface;

final class GenerateBillHandler
{
    private int $generated = 0;

    public function __construct(
        private MeterReadingRepository $readings,
        private BillCalculator $calculator,
        private LoggerInterface $billingLogger,
    ) {
    }

    public function __invoke(GenerateBill $message): void
    {
        $reads = $this->readings->forPeriod($message->accountNumber, $message->periodStart, $message->periodEnd);
        $bill = $this->calculator->calculate($message->accountNumber, $reads);
        $this->generated++;

        $this->billingLogger->info('Bill generated for {account} in run {run}', [
            'run' => $message->billingRunId,
            'account' => $bill->accountNumber,
            'cycle' => $message->cycle,
            'period' => [$message->periodStart, $message->periodEnd],
            'consumption_kgal' => $bill->consumptionKgal,
            'estimated' => $bill->estimated,
            'total' => $bill->total(),
            'line_items' => $bill->lineItems,
        ]);
    }
}
