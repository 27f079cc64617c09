<?php

namespace App\Holds;

/**
 * Collects patron notices during a request; the terminate middleware
 * drains them into the mail transport once the response is sent.
 */
final class HoldNotifier
{
    private \SplQueue $outbox;

    public function __construct(private MailTransport $transport)
    {
        $this->outbox = new \SplQueue();
    }

    public function notify(HoldNotice $notice): void
    {
        $this->outbox->enqueue($notice);
    }

    public function drain(): int
    {
        $sent = 0;
        while (!$this->outbox->isEmpty()) {
            $notice = $this->outbox->dequeue();
            $this->transport->deliver($notice->patronEmail, 'Hold placed: ' . $notice->itemTitle, $notice->body);
            $sent++;
        }
        return $sent;
    }
}
