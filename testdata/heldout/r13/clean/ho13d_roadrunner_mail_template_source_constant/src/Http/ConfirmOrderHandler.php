<?php

declare(strict_types=1);

namespace App\Http;

use App\Mail\OrderConfirmationMailer;
use App\Mail\OutgoingMail;

interface MailTransport
{
    public function send(OutgoingMail $mail): void;
}

final class NullTransport implements MailTransport
{
    public function send(OutgoingMail $mail): void
    {
    }
}

final class ConfirmOrderHandler
{
    public function __construct(
        private readonly OrderConfirmationMailer $mailer,
        private readonly MailTransport $transport,
    ) {
    }

    public function handle(ServerRequest $request): Response
    {
        $order = $request->parsedBody;
        $this->transport->send($this->mailer->build($order));

        return new Response(202, json_encode(['order' => $order['order_id'], 'mail' => 'queued']));
    }
}
