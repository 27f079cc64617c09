<?php

namespace App\Jobs;

use App\Exceptions\PolicyNotInForce;
use App\Jobs\Concerns\WithClaimAuditContext;
use App\Logging\ClaimAuditLogger;
use App\Services\ClaimLedger;
use App\Services\CoverageVerifier;
use Illuminate\Bus\Queueable;
use Illuminate\Queue\InteractsWithQueue;

final class ProcessFirstNoticeOfLoss
{
    use InteractsWithQueue;
    use Queueable;
    use WithClaimAuditContext;

    public function __construct(
        public readonly string $claimNumber,
        public readonly string $policyNumber,
        public readonly string $reportedBy,
        public readonly string $lossDate,
        public readonly int $estimatedAmount,
        public readonly string $description,
        public readonly string $channel,
    ) {
    }

    public function handle(CoverageVerifier $coverage, ClaimLedger $ledger, ClaimAuditLogger $audit): void
    {
        static::enterAuditContext($this->auditContext());

        try {
            $status = $coverage->verify($this->policyNumber, $this->lossDate, $this->estimatedAmount);

            if ($status === 'not_in_force') {
                $audit->warning('fnol.rejected', ['reason' => 'policy_not_in_force']);
                $this->fail(PolicyNotInForce::on($this->policyNumber, $this->lossDate));

                return;
            }

            if ($status === 'below_deductible') {
                $ledger->closeWithoutPayment($this->claimNumber, 'below_deductible');
                $audit->info('fnol.closed', ['reason' => 'below_deductible']);

                return;
            }

            $ledger->open($this->claimNumber, $this->policyNumber, $this->estimatedAmount);
            $audit->info('fnol.opened', ['reserve' => $this->estimatedAmount]);
        } finally {
            static::leaveAuditContext();
        }
    }

    private function auditContext(): array
    {
        return [
            'claim_number' => $this->claimNumber,
            'policy_number' => $this->policyNumber,
            'reported_by' => $this->reportedBy,
            'loss_date' => $this->lossDate,
            'channel' => $this->channel,
            'description' => $this->description,
            'attempt' => (string) $this->attempts(),
        ];
    }
}
