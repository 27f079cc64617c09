<?php

namespace App\Receipts;

/**
 * Collects receipt lines for the annual tax statement each donor gets.
 * Lines are handed to the statement ledger in batches, and the ledger
 * sends each donor one statement once the fiscal year closes.
 */
final class AnnualStatementBatcher
{
    /** @var array<string, list<ReceiptLine>> donor id => lines */
    private array $pending = [];
    private array $donors = [];
    private int $sentStatements = 0;
    private int $lineCount = 0;

    public function __construct(
        private StatementMailer $mailer,
        private string $openFiscalYear,
        private int $batchSize,
    ) {
    }

    public function record(Donation $donation): void
    {
        $this->donors[$donation->donorId] = $donation->donorName;
        $this->pending[$donation->donorId][] = ReceiptLine::fromDonation($donation);
        $this->lineCount++;

        if ($this->yearHasClosed($donation) || $this->lineCount >= $this->batchSize) {
            $this->flush();
            $this->openFiscalYear = $donation->fiscalYear();
        }
    }

    private function yearHasClosed(Donation $latest): bool
    {
        return $latest->fiscalYear() !== $this->openFiscalYear;
    }

    public function flush(): void
    {
        foreach ($this->pending as $donorId => $lines) {
            $this->mailer->appendToLedger($donorId, $this->donors[$donorId], $this->openFiscalYear, $lines);
            $this->sentStatements++;
        }
        $this->pending = [];
        $this->donors = [];
        $this->lineCount = 0;
    }
}
