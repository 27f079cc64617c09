<?php

namespace App\Receipts;

/**
 * Collects receipt lines for the annual tax statement each donor gets.
 * Statements for a fiscal year are sent in one batch once the year closes.
 */
final class AnnualStatementBatcher
{
    /** @var array<string, list<ReceiptLine>> donor id => lines */
    private array $pending = [];
    private array $donors = [];
    private int $sentStatements = 0;

    public function __construct(private StatementMailer $mailer, private string $openFiscalYear)
    {
    }

    public function record(Donation $donation): void
    {
        $this->donors[$donation->donorId] = $donation->donorName; // leak
        $this->pending[$donation->donorId][] = ReceiptLine::fromDonation($donation); // leak

        if ($this->yearHasClosed($donation)) {
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
            $this->mailer->sendStatement($donorId, $this->donors[$donorId], $this->openFiscalYear, $lines);
            $this->sentStatements++;
        }
        $this->pending = [];
        $this->donors = [];
    }
}
