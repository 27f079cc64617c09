<?php

namespace App\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Foundation\Bus\Dispatchable;

final class ReceiptMailer
{
    /** @var list<array{to: string, body: string}> */
    private array $sent = [];

    public function send(string $to, string $body): void
    {
        $this->sent[] = ['to' => $to, 'body' => $body]; // leak
    }
}

final class SendReceipt
{
    use Dispatchable;
    use Queueable;

    public function __construct(public string $orderId, public string $email)
    {
    }

    public function handle(ReceiptMailer $mailer): void
    {
        $mailer->send($this->email, sprintf('Receipt for %s', $this->orderId));
    }
}
