<?php

declare(strict_types=1);

namespace App\Handler;

use App\Billing\StatementFactory;
use App\Message\SendStatement;

final class SendStatementHandler
{
    private int $sent = 0;

    public function __construct(private readonly StatementFactory $statements)
    {
    }

    public function __invoke(SendStatement $message): void
    {
        $statement = $this->statements->forAccount($message->accountId, $message->period);

        $body = sprintf(
            "Statement %s for account %d\n\n%s\n\nTotal due: %.2f\n",
            $message->period,
            $statement->accountId,
            implode("\n", $statement->preview(3)),
            $statement->total() / 100,
        );

        // $this->mailer->send((new Email())->to($message->email)->text($body));
        $this->sent += strlen($body) > 0 ? 1 : 0;
    }
}
