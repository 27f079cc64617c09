<?php

namespace App\MessageHandler;

use App\Message\SendInvoiceEmail;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class SendInvoiceEmailHandler
{
    /** @var list<array{invoice: int, to: string, subject: string, body: string}> */
    private array $sent = [];

    public function __invoke(SendInvoiceEmail $message): void
    {
        $subject = 'fr' === $message->locale ? 'Votre facture n°%d' : 'Your invoice #%d';
        $body = sprintf("Hello,\n\nplease find attached invoice #%d.\n\n%s", $message->invoiceId, str_repeat('Payment is due within 30 days. ', 20));

        // the mailer transport is left out; the handler keeps what it sent for the "last emails" admin widget
        $this->sent[] = [ // leak
            'invoice' => $message->invoiceId,
            'to' => $message->recipient,
            'subject' => sprintf($subject, $message->invoiceId),
            'body' => $body,
        ];
    }
}
