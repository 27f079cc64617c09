<?php

namespace App\Reminder;

interface ReminderChannel
{
    /** @param \Closure(string): void $onAccepted called when the provider confirms synchronously */
    public function send(ReminderDispatch $dispatch, \Closure $onAccepted): void;
}

/** SMS provider answers the HTTP call with the message sid right away. */
final class TwilioSmsChannel implements ReminderChannel
{
    public function send(ReminderDispatch $dispatch, \Closure $onAccepted): void
    {
        $sid = 'SM' . substr(sha1($dispatch->recipient . $dispatch->body), 0, 32);
        $onAccepted($sid);
    }
}

/** Email goes through the provider's batch API; delivery is reported later by webhook. */
final class PostmarkEmailChannel implements ReminderChannel
{
    private int $batched = 0;

    public function send(ReminderDispatch $dispatch, \Closure $onAccepted): void
    {
        // accepted for batch delivery; the DeliveryWebhookController confirms it
        $this->batched++;
    }
}
